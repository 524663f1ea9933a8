namespace ServiceDesk.Bench.Understanding;

/// <summary>Where the evaluation finds its inputs: the repository that holds ServiceDesk.Bot.sln, found upwards from a folder.</summary>
public sealed record RepositoryFiles(string Root)
{
    public string AppSettings => Path.Combine(Root, "appsettings.json");

    public string KnowledgeFolder => Path.Combine(Root, "knowledge");

    public string SetsFolder => Path.Combine(Root, "bench", "understanding", "sets");

    public string TextsFile(string language) => Path.Combine(Root, "dialogs", "Localization", language + ".json");

    public static RepositoryFiles Find(string? from = null)
    {
        for (var folder = new DirectoryInfo(from ?? AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
            {
                return new RepositoryFiles(folder.FullName);
            }
        }

        throw new InvalidOperationException("ServiceDesk.Bot.sln not found above " + (from ?? AppContext.BaseDirectory));
    }
}
