using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Announcements.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents.Queue;

/// <summary>Tickets created while no queue exists are held, then posted once, in creation order, when a queue appears.</summary>
public sealed class UnroutedTicketsTests
{
    private readonly InMemoryTicketStore tickets = new();
    private readonly FakeAgentQueue queue = FakeAgentQueue.None();
    private readonly InMemoryUnroutedStore store = new();
    private readonly InMemoryOutbox outbox = new();
    private readonly FakeTimeProvider clock = new(Now);

    private UnroutedTickets Unrouted() => AgentParts.Unrouted(tickets, queue, store, outbox, clock);

    private async Task<Ticket> CreateAsync(string title, DateTimeOffset at, TicketPerson requester)
    {
        var template = Ticket() with { Cards = TicketCards.None, Version = 0, Title = title, CreatedAt = at, Requester = requester };
        var created = new TicketEvent(at, requester, TicketEventKind.Created, []);
        var notifier = AgentParts.Notifier(tickets, queue, unrouted: Unrouted());
        return await tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), await notifier.ForAsync(template, created, default), default);
    }

    [Fact]
    public async Task Tickets_created_without_a_queue_are_held_and_posted_once_in_creation_order_when_a_queue_appears()
    {
        var second = await CreateAsync("Printer jammed", Now.AddMinutes(-20), Jean);
        var first = await CreateAsync("VPN drops", Now.AddMinutes(-30), new TicketPerson("29:marie", null, "Marie"));
        Assert.Empty(tickets.Outbox);
        Assert.Equal(2, await Unrouted().CountAsync(default));
        Assert.Equal(0, await Unrouted().RouteAsync(default));

        queue.Channel = new QueueChannel(FakeAgentQueue.General, null, Locale: "fr-FR");
        Assert.Equal(2, await Unrouted().RouteAsync(default));
        Assert.Equal(0, await Unrouted().RouteAsync(default));

        var posted = outbox.Drafts.OrderBy(d => d.DueAt).ToList();
        Assert.Equal([$"{first.Number}/unrouted/queue-card", $"{second.Number}/unrouted/queue-card"], posted.Select(d => d.IdempotencyKey));
        Assert.All(posted, d => Assert.Equal((OutboxKind.NewChannelThread, QueueOutbox.NewThreadPurpose), (d.Kind, d.Purpose)));
        Assert.Contains("VPN drops", posted[0].Payload, StringComparison.Ordinal);
        Assert.Contains("Me l'attribuer", posted[0].Payload, StringComparison.Ordinal);
        Assert.Equal(0, await Unrouted().CountAsync(default));
    }

    [Fact]
    public async Task A_crash_after_posting_and_before_release_posts_nothing_twice()
    {
        var ticket = await CreateAsync("VPN drops", Now.AddMinutes(-30), Jean);
        queue.Channel = new QueueChannel(FakeAgentQueue.General, null);
        var marker = Assert.Single(await store.ListAsync(default));

        await Unrouted().RouteAsync(default);
        await store.HoldAsync(marker, default); // as if the release never happened
        await Unrouted().RouteAsync(default);

        Assert.Equal([$"{ticket.Number}/unrouted/queue-card"], outbox.Drafts.Select(d => d.IdempotencyKey));
        Assert.Empty(await store.ListAsync(default));
    }

    [Fact]
    public async Task A_new_ticket_with_a_queue_first_posts_the_held_ones_so_the_channel_keeps_creation_order()
    {
        var held = await CreateAsync("VPN drops", Now.AddMinutes(-30), Jean);
        queue.Channel = new QueueChannel(FakeAgentQueue.General, null);

        var fresh = await CreateAsync("Printer jammed", Now, Jean);

        Assert.Equal([$"{held.Number}/unrouted/queue-card"], outbox.Drafts.Select(d => d.IdempotencyKey));
        Assert.Equal([$"{fresh.Number}/v1/queue-card"], tickets.Outbox.Select(d => d.IdempotencyKey));
        Assert.Empty(await store.ListAsync(default));
    }

    [Fact]
    public async Task A_marker_whose_ticket_never_came_is_kept_for_a_while_then_dropped()
    {
        await store.HoldAsync(new UnroutedTicket(Now.AddMinutes(-5), "29:ghost", null, null), default);
        queue.Channel = new QueueChannel(FakeAgentQueue.General, null);

        Assert.Equal(0, await Unrouted().RouteAsync(default));
        Assert.Single(await store.ListAsync(default));

        clock.SetUtcNow(Now.AddMinutes(6));
        Assert.Equal(0, await Unrouted().RouteAsync(default));
        Assert.Empty(await store.ListAsync(default));
    }

    [Fact]
    public async Task A_held_ticket_closed_meanwhile_is_released_without_a_post()
    {
        var ticket = await CreateAsync("VPN drops", Now.AddMinutes(-30), Jean);
        await tickets.UpdateAsync(ticket with { Status = TicketStatus.Cancelled }, new TicketEvent(Now, Jean, TicketEventKind.StatusChanged, []), null, default);
        queue.Channel = new QueueChannel(FakeAgentQueue.General, null);

        Assert.Equal(0, await Unrouted().RouteAsync(default));
        Assert.Empty(outbox.Drafts);
        Assert.Empty(await store.ListAsync(default));
    }

    [Fact]
    public async Task The_requester_is_told_the_truth_when_no_queue_takes_the_ticket()
    {
        var notifier = AgentParts.Notifier(tickets, queue, unrouted: Unrouted());
        Assert.False(await notifier.HasQueueAsync(Ticket(), default));

        queue.Channel = new QueueChannel(FakeAgentQueue.General, null, Blocked: true);
        Assert.False(await notifier.HasQueueAsync(Ticket(), default));

        queue.Channel = new QueueChannel(FakeAgentQueue.General, null);
        Assert.True(await notifier.HasQueueAsync(Ticket(), default));
    }
}
