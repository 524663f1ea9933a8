using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Workers;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Bot.Tests.Announcements;

/// <summary>
/// The fan-out as the bot composes it (real SQLite records, the real connector client against
/// <see cref="FanoutConnector"/>, the outbox worker, <c>AddAnnouncementFanoutWorker</c>), with the announcements
/// channel as a mocked port. Workers are created on demand, so a test decides when delivery starts.
/// </summary>
internal sealed class FanoutHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-1";
    public const string ChannelId = "19:announce@thread.tacv2";
    public static readonly TicketPerson Agent = new("29:agent", "aad-agent", "Ana Agent");

    private readonly ServiceProvider provider;
    private readonly List<Microsoft.Extensions.Hosting.BackgroundService> workers = [];
    private readonly string folder = Directory.CreateTempSubdirectory("sdbot-fanout-").FullName;
    private readonly FanoutConnector connector;

    public FanoutHarness(
        FanoutConnector connector, bool withChannel = true, int pageSize = 7, int leaseSeconds = 30,
        IAudienceDirectory? audiences = null, ITeamsAppInstaller? installer = null)
    {
        this.connector = connector;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = folder,
            ["Bot:AllowUnauthenticatedLocal"] = "true",
            ["Connector:MaxAttempts"] = "1",
            ["Outbox:PollIntervalMilliseconds"] = "20",
            ["Outbox:BaseBackoffMilliseconds"] = "50",
            ["Outbox:MaxBackoffSeconds"] = "1",
            ["Outbox:LeaseSeconds"] = "30",
            ["Outbox:DeliveryTimeoutSeconds"] = "10",
            ["Announcements:Fanout:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Announcements:Fanout:LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Announcements:Fanout:PollIntervalSeconds"] = "1",
            ["Announcements:Fanout:SettleSeconds"] = "1",
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddTableStorage();
        services.AddServiceDeskRecords();
        services.AddConnectorClient();
        services.AddOutboxDelivery();
        services.AddAnnouncementFanout();
        services.AddAnnouncementFanoutWorker();
        // The directory's ports: off (no Graph) unless the test gives its own.
        services.AddSingleton(audiences ?? Mock.Of<IAudienceDirectory>());
        services.AddSingleton(installer ?? Mock.Of<ITeamsAppInstaller>());
        if (withChannel)
        {
            var channel = new Mock<IAnnouncementChannel>();
            channel.Setup(c => c.GetAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new AnnouncementsChannel(
                new ConversationReference(connector.ServiceUrl, ChannelId, Tenant, "msteams", ConversationKind.Channel, "28:bot", "team-1", ChannelId), "fr-FR"));
            services.AddSingleton(channel.Object);
        }

        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IAnnouncementStore Announcements => provider.GetRequiredService<IAnnouncementStore>();

    public IAnnouncementBroadcaster Broadcaster => provider.GetRequiredService<IAnnouncementBroadcaster>();

    public IUserProfileStore Profiles => provider.GetRequiredService<IUserProfileStore>();

    public IFanoutStore Fanout => provider.GetRequiredService<IFanoutStore>();

    public FanoutRunner Runner => provider.GetRequiredService<FanoutRunner>();

    public IOutboxStore Outbox => provider.GetRequiredService<IOutboxStore>();

    public IEnumerable<IDeliveryObserver> Observers => provider.GetServices<IDeliveryObserver>();

    public static string Chat(string user) => "a:chat-" + user;

    /// <summary>Employees with a 1:1 chat each (conversation <see cref="Chat"/>), the odd ones in French.</summary>
    public async Task<List<string>> EmployeesAsync(int count, string prefix = "29:user-")
    {
        var users = Enumerable.Range(0, count).Select(i => $"{prefix}{i:D3}").ToList();
        foreach (var (user, i) in users.Select((u, i) => (u, i)))
        {
            await Profiles.SaveAsync(new UserProfile(user, null, null, i % 2 == 1 ? "fr-FR" : "en-US", "Europe/Paris", DateTimeOffset.UtcNow,
                new ConversationReference(connector.ServiceUrl, Chat(user), Tenant, "msteams", ConversationKind.Personal, "28:bot")), CancellationToken.None);
        }

        return users;
    }

    /// <summary>A published announcement (version 2), saved and broadcast as the agents' handler does; <paramref name="shape"/> sets its audience.</summary>
    public async Task<Announcement> PublishAsync(Func<Announcement, Announcement>? shape = null)
    {
        var content = new AnnouncementContent("VPN",
            new AnnouncementText("VPN down", "The VPN client cannot connect.", "Remote staff cannot reach internal apps."),
            new AnnouncementText("VPN en panne", "Le client VPN ne se connecte pas.", "Le personnel à distance n'accède pas aux applications."),
            DateTimeOffset.UtcNow.AddHours(1));
        var draft = await Announcements.CreateAsync(content, Agent, DateTimeOffset.UtcNow, CancellationToken.None);
        return await SaveAndBroadcastAsync(draft, AnnouncementRules.Publish(shape is null ? draft : shape(draft), DateTimeOffset.UtcNow));
    }

    public async Task<Announcement> SaveAndBroadcastAsync(Announcement read, AnnouncementTransition transition)
    {
        Assert.True(transition.Changed);
        var saved = await Announcements.UpdateAsync(transition.Announcement, read.Version, CancellationToken.None);
        Assert.Equal(AnnouncementSaveStatus.Saved, saved.Status);
        await Broadcaster.BroadcastAsync(saved.Current!, CancellationToken.None);
        return saved.Current!;
    }

    public async Task<AnnouncementFanoutWorker> StartFanoutWorkerAsync() => await StartAsync<AnnouncementFanoutWorker>();

    public async Task<OutboxWorker> StartOutboxWorkerAsync() => await StartAsync<OutboxWorker>();

    /// <summary>Waits until <paramref name="condition"/> holds, or fails after the timeout.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true after {seconds} s: {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the counts equal <paramref name="expected"/>.</summary>
    public async Task WaitForCountsAsync(string id, AnnouncementDelivery expected, int seconds = 30)
    {
        var last = AnnouncementDelivery.None;
        try
        {
            await WaitUntilAsync(async () => (last = await Broadcaster.DeliveryAsync(id, CancellationToken.None)) == expected, $"counts {expected}", seconds);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Last: {last}.", timeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in workers)
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
        }

        await provider.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task<T> StartAsync<T>() where T : Microsoft.Extensions.Hosting.BackgroundService
    {
        var worker = ActivatorUtilities.CreateInstance<T>(provider);
        workers.Add(worker);
        await worker.StartAsync(CancellationToken.None);
        return worker;
    }
}
