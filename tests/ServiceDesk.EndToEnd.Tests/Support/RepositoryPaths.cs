using System.Reflection;

namespace ServiceDesk.EndToEnd.Tests.Support;

/// <summary>Where the repository, its npm tools and the built bot are, found from the test's own folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string PlaygroundCli =>
        Path.Combine(NodeModules, "@microsoft", "m365agentsplayground", "cli.js");

    public static string Script(string name) => Path.Combine(Root, "scripts", name);

    /// <summary>The bot's dll, built by the project reference; BOT_ASSEMBLY overrides it.</summary>
    public static string BotAssembly =>
        Environment.GetEnvironmentVariable("BOT_ASSEMBLY") is { Length: > 0 } path
            ? path
            : typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BotAssemblyPath").Value!;

    /// <summary>
    /// Test artefacts (screenshots) go beside the test results scripts/test.sh keeps (artifacts/test-results, emptied at
    /// each run); E2E_ARTIFACTS overrides the folder.
    /// </summary>
    public static string Artifacts
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } chosen
                ? chosen
                : Path.Combine(Root, "artifacts", "test-results", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static void RequireNodeModules()
    {
        if (!File.Exists(PlaygroundCli))
        {
            throw new InvalidOperationException(
                $"npm tools are missing ({PlaygroundCli}). Run 'npm ci --no-audit --no-fund' in {Root} first.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServiceDesk.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ServiceDesk.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
