using System.Net;
using System.Net.Sockets;
using ServiceDesk.Deploy.Tests.Support;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Deploy.Tests;

/// <summary>
/// The published bot, given exactly the app settings the template sets (stand-in values; only the table endpoint
/// swapped for a local Azurite connection string), starts as a managed-identity bot without any identity reachable
/// and answers its health endpoints: no setting the template forgot, none it sets wrongly.
/// </summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class PublishedBotStartTests(CompiledTemplate compiled, PublishedBot published) : IClassFixture<PublishedBot>, IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private readonly AzuriteFixture _azurite = new();

    private string PublishFolder => published.Folder;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task PublishedBot_WithTheTemplatesSettings_StartsAndAnswersTheHealthCheckFromItsTableStorage()
    {
        // The bot creates its tables at start: like App Service, it starts once the storage answers.
        await _azurite.StartAsync();
        var url = $"http://127.0.0.1:{FreePort()}";

        await using var bot = BotProcess.StartPublished(PublishFolder, Environment(url));

        await Http.WaitForStatusAsync(_http, $"{url}/readyz", HttpStatusCode.OK, StartTimeout, () => bot.Output, () => bot.HasExited);
        Assert.Equal(HttpStatusCode.OK, await Http.StatusAsync(_http, $"{url}/healthz", CancellationToken.None));

        // Ready means the table storage the settings name answers: without it the health check fails, the process lives on.
        _azurite.Stop();
        await Http.WaitForStatusAsync(_http, $"{url}/readyz", HttpStatusCode.ServiceUnavailable, StartTimeout, () => bot.Output, () => bot.HasExited);
        Assert.Equal(HttpStatusCode.OK, await Http.StatusAsync(_http, $"{url}/healthz", CancellationToken.None));
    }

    [Fact]
    public void PublishedBot_ShipsTheLibraryThatReadsEachPlatformSetting()
    {
        var platform = AppSettings.Of(compiled.Template).Where(s => PlatformSettings.ReaderAssembly.ContainsKey(s.Name));

        Assert.All(platform, s => Assert.True(File.Exists(Path.Combine(PublishFolder, PlatformSettings.ReaderAssembly[s.Name])),
            $"{s.Name} is set by the template, but {PlatformSettings.ReaderAssembly[s.Name]}, which reads it, is not in the published bot."));
        Assert.True(File.Exists(Path.Combine(PublishFolder, "appsettings.json")), "The published bot lacks appsettings.json.");
    }

    /// <summary>The template's app settings with stand-in values, the table endpoint swapped for Azurite.</summary>
    private Dictionary<string, string> Environment(string url)
    {
        var settings = AppSettings.Of(compiled.Template).ToDictionary(s => s.Name, Placeholders.For);
        Assert.True(settings.Remove("Storage__Endpoint"), "The template sets no Storage__Endpoint.");
        settings["Storage__ConnectionString"] = _azurite.ConnectionString;
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Bot__AllowUnauthenticatedLocal", StringComparison.OrdinalIgnoreCase));

        settings["ASPNETCORE_URLS"] = url;
        settings["DOTNET_NOLOGO"] = "1";
        return settings;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
