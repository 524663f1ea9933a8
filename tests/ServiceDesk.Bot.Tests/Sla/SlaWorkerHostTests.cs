using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using ServiceDesk.Bot.Tests.Outbox;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Bot.Workers;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Sla;

/// <summary>The SLA worker as the host runs it: started with the app, the monitor over the real (SQLite) store.</summary>
public sealed class SlaWorkerHostTests
{
    private const string Thread = "19:queue@thread.tacv2;messageid=1700000000000";

    [Fact]
    public async Task ABreachedTicketInTheRunningHost_IsFlagged_AndItsThreadNoticeIsQueued()
    {
        using var factory = Host(new() { ["ServiceLevels:CheckIntervalSeconds"] = "1" });
        var tickets = factory.Services.GetRequiredService<ITicketStore>();
        var clock = factory.Services.GetRequiredService<ISlaClock>();
        var opened = DateTimeOffset.UtcNow.AddHours(-1); // P1 counts round the clock: its 15-minute response is long missed

        var ticket = await tickets.CreateAsync(new TicketDraft(TicketKind.Incident, Template(clock.Start(Priority.P1, opened)), Created(opened)), null, CancellationToken.None);

        var outbox = factory.Services.GetRequiredService<IOutboxStore>();
        OutboxRecord? notice = null;
        await OutboxHarness.WaitUntilAsync(async () => (notice = await outbox.GetAsync($"{ticket.Number}/v2/sla-notice", CancellationToken.None)) is not null,
            "the monitor queues its thread notice");
        Assert.True((await tickets.GetAsync(ticket.Number, CancellationToken.None))!.Sla!.BreachNotified);
        Assert.Equal((OutboxKind.Send, Thread), (notice!.Draft.Kind, notice.Draft.Target.ConversationId));
        var history = await tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(TicketEventKind.SlaBreached, history[^1].Kind);
        Assert.True(Worker(factory).Passes > 0);
    }

    [Fact]
    public void MonitorDisabled_TheWorkerEndsAtStart_WhileEnabledItKeepsRunning()
    {
        using var disabled = Host(new() { ["ServiceLevels:MonitorEnabled"] = "false" });
        using var enabled = Host([]);
        disabled.CreateClient().Dispose();
        enabled.CreateClient().Dispose();

        Assert.True(Worker(disabled).ExecuteTask!.IsCompletedSuccessfully);
        Assert.False(Worker(enabled).ExecuteTask!.IsCompleted);
    }

    [Fact]
    public void AnUnknownBusinessTimeZone_StopsTheBotNamingTheSetting()
    {
        using var factory = Host(new() { ["ServiceLevels:BusinessHours:TimeZone"] = "Mars/Olympus" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ServiceLevels:BusinessHours:TimeZone 'Mars/Olympus' is not a known time zone", error.ToString(), StringComparison.Ordinal);
    }

    private static SlaWorker Worker(BotHostFactory factory) => factory.Services.GetServices<IHostedService>().OfType<SlaWorker>().Single();

    /// <summary>The host with the outbox off (records stay visible) and the agents' side mocked (other areas implement it).</summary>
    private static BotHostFactory Host(Dictionary<string, string?> settings)
    {
        settings["Outbox:Enabled"] = "false";
        var notifier = new Mock<ITicketNotifier>();
        notifier.Setup(n => n.ForAsync(It.IsAny<Ticket?>(), It.IsAny<TicketEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OutboxFor(_ => []));
        var queue = new Mock<IAgentQueue>();
        var channel = new ConversationReference("https://smba.trafficmanager.net/teams/", "19:queue@thread.tacv2", "tenant-1", "msteams",
            ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", "19:queue@thread.tacv2");
        queue.Setup(q => q.ForCategoryAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(new QueueChannel(channel, null));
        return new BotHostFactory(settings, services =>
        {
            services.AddSingleton(notifier.Object);
            services.AddSingleton(queue.Object);
        });
    }

    private static Ticket Template(SlaState sla) => new()
    {
        Number = new TicketNumber(TicketKind.Incident, 1),
        Version = 0,
        Status = TicketStatus.New,
        Title = "Site down",
        Description = "Nobody can reach the intranet.",
        Category = "network-vpn",
        Impact = Impact.High,
        Urgency = Urgency.High,
        Priority = Priority.P1,
        Requester = new TicketPerson("29:employee", null, "Alex Employee"),
        CreatedAt = sla.ResponseDue.AddMinutes(-15),
        UpdatedAt = sla.ResponseDue.AddMinutes(-15),
        Sla = sla,
        Cards = new TicketCards(new PostedCard(Thread, "1700000000000"), null),
    };

    private static TicketEvent Created(DateTimeOffset at) => new(at, new TicketPerson("29:employee", null, "Alex Employee"), TicketEventKind.Created, []);
}
