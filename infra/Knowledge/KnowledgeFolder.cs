namespace ServiceDesk.Infra.Knowledge;

/// <summary>Finds the folder of articles: the setting if given, else the repository's (so edits show without a build), else the copy next to the app.</summary>
internal static class KnowledgeFolder
{
    public const string DefaultName = "knowledge";
    private const string SolutionFile = "ServiceDesk.Bot.sln";

    public static string Resolve(string? configured, string? contentRoot)
    {
        var root = contentRoot ?? Directory.GetCurrentDirectory();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured, root);
            return Directory.Exists(path)
                ? path
                : throw new KnowledgeLoadException($"Knowledge:Folder '{configured}' (resolved to {path}) does not exist.");
        }

        foreach (var start in new[] { root, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, DefaultName);
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var copied = Path.Combine(AppContext.BaseDirectory, DefaultName);
        return Directory.Exists(copied)
            ? copied
            : throw new KnowledgeLoadException(
                $"No knowledge folder found: set Knowledge:Folder, or keep '{DefaultName}' next to {SolutionFile} or the app ({AppContext.BaseDirectory}).");
    }
}
