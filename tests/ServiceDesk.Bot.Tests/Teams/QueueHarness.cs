using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Tests.Connector;
using ServiceDesk.Bot.Tests.Outbox;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Bot.Tests.Teams;

/// <summary>
/// The agents' queue as the app composes it (<c>AddAgentQueue</c>, SQLite records, the real connector client) against
/// the loopback <see cref="FakeConnector"/> serving <see cref="TeamRosters"/>.
/// </summary>
internal sealed class QueueHarness : IAsyncDisposable
{
    public const string ServiceDeskTeam = "19:service-desk-general@thread.tacv2";
    public const string NetworkTeam = "19:network-team-general@thread.tacv2";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-queue-" + Guid.NewGuid().ToString("N"));
    private readonly TeamRosters rosters = new();
    private ServiceProvider provider = null!;

    private QueueHarness(FakeConnector connector) => Connector = connector;

    public FakeConnector Connector { get; }

    public TestClock Clock { get; } = new();

    public IAgentQueue Queue => provider.GetRequiredService<IAgentQueue>();

    public ITeamRoster Roster => provider.GetRequiredService<ITeamRoster>();

    public IQueueStore Store => provider.GetRequiredService<IQueueStore>();

    public IOutboxStore Outbox => provider.GetRequiredService<IOutboxStore>();

    public IDeliveryObserver Health => provider.GetServices<IDeliveryObserver>().OfType<TeamAgentQueueHealth>().Single();

    /// <summary>How many roster pages the connector served for <paramref name="teamId"/>'s first page (one per roster read).</summary>
    public int RosterReads(string teamId) => TeamRosters.Reads(Connector, teamId);

    public static async Task<QueueHarness> StartAsync(Dictionary<string, string?>? settings = null, bool configuredQueue = true)
    {
        var harness = new QueueHarness(await FakeConnector.StartAsync());
        harness.Connector.Fallback = harness.rosters.ServeAsync;
        var all = ConnectorHarness.Local();
        all["Storage:Provider"] = "Sqlite";
        all["Storage:DataFolder"] = harness.folder;
        if (configuredQueue)
        {
            all["Agents:Queues:0:ServiceUrl"] = harness.Connector.ServiceUrl;
            all["Agents:Queues:0:TeamId"] = ServiceDeskTeam;
            all["Agents:Queues:0:ChannelId"] = ServiceDeskTeam;
            all["Agents:Queues:0:TenantId"] = "tenant-1";
        }

        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddSingleton<TimeProvider>(harness.Clock)
            .AddLogging();
        services.AddTableStorage().AddServiceDeskRecords().AddServiceDesk().AddConnectorClient();
        services.AddQueueSetup();
        services.AddAgentQueue();
        harness.provider = services.BuildServiceProvider();
        return harness;
    }

    /// <summary>Sets <paramref name="teamId"/>'s roster as Teams would answer it (role: Teams' userRole, often absent).</summary>
    public void Members(string teamId, params (string Id, string? Aad, string Name, string? Role)[] members) => rosters.Members(teamId, members);

    public ConversationReference Channel(string channelId, string teamId) =>
        new(Connector.ServiceUrl, channelId, "tenant-1", "msteams", ConversationKind.Channel, "28:bot", teamId, channelId);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Connector.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is the OS's to clean.
        }
    }
}
