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

namespace ServiceDesk.Bot.Tests.Waits;

/// <summary>The wait worker as the host runs it: started with the app, the timers over the real (SQLite) store.</summary>
public sealed class WaitWorkerHostTests
{
    [Fact]
    public async Task ARequestUndecidedForAMonth_ExpiresInTheRunningHost()
    {
        using var factory = Host(new() { ["Waits:CheckIntervalSeconds"] = "1" });
        var tickets = factory.Services.GetRequiredService<ITicketStore>();
        var waitingSince = DateTimeOffset.UtcNow.AddDays(-30);

        var ticket = await tickets.CreateAsync(new TicketDraft(TicketKind.Request, Template(waitingSince), Created(waitingSince)), null, CancellationToken.None);

        await OutboxHarness.WaitUntilAsync(
            async () => (await tickets.GetAsync(ticket.Number, CancellationToken.None))!.Status == TicketStatus.Cancelled, "the request expires");
        var history = await tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(TicketEventKind.Expired, history[^1].Kind);
        await OutboxHarness.WaitUntilAsync(() => Task.FromResult(Worker(factory).Passes > 0), "the worker counts its pass");
    }

    [Fact]
    public void Disabled_TheWorkerEndsAtStart_WhileEnabledItKeepsRunning()
    {
        using var disabled = Host(new() { ["Waits:Enabled"] = "false" });
        using var enabled = Host([]);
        disabled.CreateClient().Dispose();
        enabled.CreateClient().Dispose();

        Assert.True(Worker(disabled).ExecuteTask!.IsCompletedSuccessfully);
        Assert.False(Worker(enabled).ExecuteTask!.IsCompleted);
    }

    [Fact]
    public void AnExpiryBeforeTheReminder_StopsTheBotNamingTheSetting()
    {
        using var factory = Host(new() { ["Waits:Approvals:RemindAfterHours"] = "8", ["Waits:Approvals:ExpireAfterHours"] = "4" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Waits:Approvals:ExpireAfterHours must be 0 (never) or more than RemindAfterHours", error.ToString(), StringComparison.Ordinal);
    }

    private static WaitWorker Worker(BotHostFactory factory) => factory.Services.GetServices<IHostedService>().OfType<WaitWorker>().Single();

    /// <summary>The host with the outbox off (records stay visible) and the agents' side mocked (other areas implement it).</summary>
    private static BotHostFactory Host(Dictionary<string, string?> settings)
    {
        settings["Outbox:Enabled"] = "false";
        settings["ServiceLevels:MonitorEnabled"] = "false";
        var notifier = new Mock<ITicketNotifier>();
        notifier.Setup(n => n.ForAsync(It.IsAny<Ticket?>(), It.IsAny<TicketEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OutboxFor(_ => []));
        var queue = new Mock<IAgentQueue>();
        return new BotHostFactory(settings, services =>
        {
            services.AddSingleton(notifier.Object);
            services.AddSingleton(queue.Object);
        });
    }

    private static Ticket Template(DateTimeOffset since) => new()
    {
        Number = new TicketNumber(TicketKind.Request, 1),
        Version = 0,
        Status = TicketStatus.AwaitingApproval,
        Title = "Access request: CRM",
        Description = "I join the sales team.",
        Category = "crm",
        Impact = Impact.Low,
        Urgency = Urgency.Medium,
        Priority = Priority.P4,
        Requester = new TicketPerson("29:employee", null, "Alex Employee"),
        CreatedAt = since,
        UpdatedAt = since,
        Access = new AccessRequestDetails("crm", "read", "I join the sales team.", null, ["29:manager"], Approvers: [new TicketPerson("29:manager", null, "Morgan Manager")]),
        Wait = new WaitTimer(since, 0, since),
    };

    private static TicketEvent Created(DateTimeOffset at) => new(at, new TicketPerson("29:employee", null, "Alex Employee"), TicketEventKind.Created, []);
}
