namespace ServiceDesk.Infra.Tests.Fixtures;

/// <summary>The folder holding ServiceDesk.Bot.sln, found by walking up from the test's base directory.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ServiceDesk.Bot.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>An installed node tool, or a failure telling how to install the tools (tests never skip for this).</summary>
    public static string NodeTool(string relativePath)
    {
        var root = Find();
        var path = Path.Combine(root, "node_modules", relativePath);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: run npm ci (cd {root} && npm ci --no-audit --no-fund).");
    }
}
