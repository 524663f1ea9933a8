using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ServiceDesk.EndToEnd.Tests.Support;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Two bot processes on one Azurite, as two App Service instances behind one address would be: the same settings,
/// the same table storage, the same Teams (<see cref="TeamsStandIn"/>). A test sends each activity to the instance it
/// names, as the load balancer would.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:servicedesk-team@thread.tacv2";
    public const string QueueChannel = "19:servicedesk-queue@thread.tacv2";

    /// <summary>The tenant's proactive requests per second, for both instances together.</summary>
    public const int Budget = 6;

    public static readonly IReadOnlyList<(string Id, string Name)> Agents = [("29:agent-adele", "Adele Vance"), ("29:agent-megan", "Megan Bowen")];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "servicedesk-scaleout-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly AzuriteFixture azurite = new();
    private readonly List<ChildProcess> bots = [];
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    internal TeamsStandIn Teams { get; private set; } = null!;

    public IReadOnlyList<string> Urls { get; private set; } = [];

    public async Task InitializeAsync()
    {
        RepositoryPaths.RequireNodeModules();
        Directory.CreateDirectory(workFolder);
        await azurite.StartAsync();
        Teams = await TeamsStandIn.StartAsync(Agents);
        Urls = [$"http://127.0.0.1:{LoopbackPort.Free()}", $"http://127.0.0.1:{LoopbackPort.Free()}"];
        for (var i = 0; i < Urls.Count; i++)
        {
            bots.Add(ChildProcess.Start($"bot-{i + 1}", "dotnet", [RepositoryPaths.BotAssembly], Settings(Urls[i]), workFolder));
        }

        for (var i = 0; i < Urls.Count; i++)
        {
            var (bot, url) = (bots[i], Urls[i]);
            await Wait.UntilAsync(
                ct => bot.HasExited ? throw new InvalidOperationException("A bot exited." + Environment.NewLine + Diagnostics())
                    : Wait.AnswersAsync(http, $"{url}/readyz", ct),
                StartTimeout, $"bot {i + 1}'s /readyz", Diagnostics);
        }
    }

    /// <summary>Posts an activity to instance <paramref name="instance"/> (0 or 1); returns the HTTP answer's body (an invoke's answer).</summary>
    public async Task<JsonObject?> SendAsync(int instance, JsonObject activity)
    {
        activity["serviceUrl"] = Teams.ServiceUrl;
        using var response = await http.PostAsJsonAsync($"{Urls[instance]}/api/messages", activity);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Instance {instance + 1} answered {(int)response.StatusCode}.{Environment.NewLine}{Diagnostics()}");
        }

        var body = await response.Content.ReadAsStringAsync();
        return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body) as JsonObject;
    }

    internal string Diagnostics() => string.Join(Environment.NewLine, bots.Select(b => b.Describe()));

    /// <summary>Both instances' output so far (their outbox logs among it).</summary>
    internal string Output() => string.Join(Environment.NewLine, bots.Select(b => b.Output));

    public async Task DisposeAsync()
    {
        foreach (var bot in bots)
        {
            await bot.DisposeAsync();
        }

        if (Teams is not null)
        {
            await Teams.DisposeAsync();
        }

        await azurite.DisposeAsync();
        http.Dispose();
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the temp folder is cleaned by the OS later.
        }
    }

    private Dictionary<string, string?> Settings(string url) => new()
    {
        ["ASPNETCORE_URLS"] = url,
        ["DOTNET_NOLOGO"] = "1",
        ["Bot__AllowUnauthenticatedLocal"] = "true",
        ["Bot__AppId"] = string.Empty,
        ["Storage__Provider"] = "AzureTables",
        ["Storage__ConnectionString"] = azurite.ConnectionString,
        ["Agents__Queues__0__ServiceUrl"] = Teams.ServiceUrl,
        ["Agents__Queues__0__TeamId"] = TeamId,
        ["Agents__Queues__0__ChannelId"] = QueueChannel,
        ["Agents__Queues__0__TenantId"] = Tenant,
        ["Outbox__PollIntervalMilliseconds"] = "100",
        ["Outbox__TenantRequestsPerSecond"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Outbox__ThrottleRefreshMilliseconds"] = "200",
        // Both instances stay counted as live between the test's phases, so each keeps to its share of the budget.
        ["Outbox__InstanceExpirySeconds"] = "60",
        ["Announcements__Fanout__PollIntervalSeconds"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
        // What the outbox delivered, deferred and shared, with times, for a failure's diagnostics.
        ["Logging__LogLevel__ServiceDesk.Bot.Outbox"] = "Information",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };
}
