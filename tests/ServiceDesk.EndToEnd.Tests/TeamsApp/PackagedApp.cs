using System.IO.Compression;
using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Support;

namespace ServiceDesk.EndToEnd.Tests.TeamsApp;

/// <summary>The Teams app package built once by scripts/package-app.mjs with test settings, then unzipped.</summary>
public sealed class PackagedApp : IAsyncLifetime
{
    public const string BotAppId = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "servicedesk-app-" + Guid.NewGuid().ToString("N")[..8]);

    public string ZipPath => Path.Combine(Folder, "teams-app.zip");

    public string Extracted => Path.Combine(Folder, "extracted");

    public string PackagingOutput { get; private set; } = string.Empty;

    public JsonObject Manifest { get; private set; } = null!;

    public static Dictionary<string, string?> Settings(string? botAppId) => new()
    {
        ["BOT_APP_ID"] = botAppId ?? string.Empty,
        ["APP_ID"] = string.Empty,
        ["APP_NAME_SHORT"] = "Test Desk",
        ["APP_NAME_FULL"] = "Test IT Service Desk",
        ["DEVELOPER_NAME"] = "Contoso IT",
        ["WEBSITE_URL"] = "https://servicedesk.contoso.example",
        ["PRIVACY_URL"] = string.Empty,
        ["TERMS_URL"] = string.Empty,
        ["APP_VERSION"] = "2.3.4",
        ["BOT_DOMAIN"] = "servicedesk.contoso.example",
        ["OUT"] = string.Empty,
    };

    public static Task<(int ExitCode, string Output)> RunNodeScriptAsync(
        string script, IEnumerable<string> arguments, IDictionary<string, string?> environment) =>
        ChildProcess.RunAsync("node", [RepositoryPaths.Script(script), .. arguments], environment, ScriptTimeout);

    public async Task InitializeAsync()
    {
        RepositoryPaths.RequireNodeModules();
        Directory.CreateDirectory(Folder);
        var (exitCode, output) = await RunNodeScriptAsync("package-app.mjs", ["--out", ZipPath], Settings(BotAppId));
        PackagingOutput = output;
        Assert.True(exitCode == 0, $"package-app.mjs failed ({exitCode}):{Environment.NewLine}{output}");
        ZipFile.ExtractToDirectory(ZipPath, Extracted);
        Manifest = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Extracted, "manifest.json")))!;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
