using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Sla;

/// <summary>
/// The monitor over an in-memory ticket store (versions, outbox written with the change) whose SLA index is the
/// tickets' NextCheckAt; the notifier and the queue are mocked (other areas implement them).
/// </summary>
internal sealed class SlaMonitorHarness
{
    public const string ThreadId = "19:queue@thread.tacv2;messageid=1700000000000";

    public SlaMonitorHarness(Action<ServiceLevelOptions>? change = null)
    {
        Options = SlaClocks.ParisOptions();
        change?.Invoke(Options);
        Clock = new SlaClock(Microsoft.Extensions.Options.Options.Create(Options));
        Store.Setup(s => s.ListSlaDueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateTimeOffset before, int max, CancellationToken _) =>
                [.. Tickets.All.Where(t => t.Sla?.NextCheckAt <= before).OrderBy(t => t.Sla!.NextCheckAt).Take(max)]);
        Store.Setup(s => s.UpdateAsync(It.IsAny<Ticket>(), It.IsAny<TicketEvent>(), It.IsAny<OutboxFor?>(), It.IsAny<CancellationToken>()))
            .Returns((Ticket t, TicketEvent e, OutboxFor? o, CancellationToken c) => Tickets.UpdateAsync(t, e, o, c));
        Notifier.Setup(n => n.ForAsync(It.IsAny<Ticket?>(), It.IsAny<TicketEvent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Ticket? before, TicketEvent change, CancellationToken _) =>
                new OutboxFor(stored => [new OutboxDraft($"{stored.Number}/v{stored.Version}/queue-card", OutboxKind.UpdateActivity, Channel, "{}", Purpose: "queue-card")]));
        Queue.Setup(q => q.ForCategoryAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QueueChannel(Channel, null));
    }

    public static ConversationReference Channel { get; } = new(
        "https://smba.trafficmanager.net/teams/", "19:queue@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", "19:queue@thread.tacv2");

    public ServiceLevelOptions Options { get; }

    public SlaClock Clock { get; }

    public InMemoryTicketStore Tickets { get; } = new();

    public Mock<ITicketStore> Store { get; } = new();

    public Mock<ITicketNotifier> Notifier { get; } = new();

    public Mock<IAgentQueue> Queue { get; } = new();

    public SlaMonitor Monitor() => new(Store.Object, Notifier.Object, Queue.Object, Clock,
        Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SlaMonitor>.Instance);

    /// <summary>A ticket opened at <paramref name="openedAt"/> with its clock started and its thread known.</summary>
    public Ticket Open(Priority priority, DateTimeOffset openedAt, bool threadKnown = true)
    {
        var ticket = SlaClocks.Incident(priority, openedAt, Clock.Start(priority, openedAt)) with
        {
            Cards = new TicketCards(threadKnown ? new PostedCard(ThreadId, "1700000000000") : null, null),
        };
        Tickets.Put(ticket);
        return ticket;
    }

    public Ticket Current(Ticket ticket) => Tickets.All.Single(t => t.Number == ticket.Number);

    public List<OutboxDraft> ThreadNotices() => [.. Tickets.Outbox.Where(d => d.Purpose == SlaThreadNotice.Purpose)];
}
