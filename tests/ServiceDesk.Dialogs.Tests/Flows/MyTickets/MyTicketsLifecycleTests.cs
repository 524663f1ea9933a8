using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>The requester's side of the lifecycle: Closed is final; a reopening undoes the resolution and its rating.</summary>
public sealed class MyTicketsLifecycleTests
{
    private readonly RouterHarness _harness = new();
    private readonly DateTimeOffset _now;

    public MyTicketsLifecycleTests()
    {
        _now = _harness.Time.GetUtcNow();
        Add(1, TicketStatus.Closed, rating: 5);
        Add(2, TicketStatus.Resolved, rating: 2);
        Add(3, TicketStatus.Resolved, rating: 3, resolvedDaysAgo: 20);
    }

    private void Add(long n, TicketStatus status, int rating, int resolvedDaysAgo = 2)
    {
        var resolved = _now.AddDays(-resolvedDaysAgo);
        _harness.Tickets.Add(new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, n),
            Version = 3,
            Status = status,
            Title = "VPN drops",
            Description = "Every ten minutes.",
            Category = "network-vpn",
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson("29:jean", null, "Jean Dupont"),
            Assignee = new TicketPerson("29:alice", null, "Alice Agent"),
            CreatedAt = resolved.AddDays(-3),
            UpdatedAt = resolved,
            ResolvedAt = resolved,
            ClosedAt = status == TicketStatus.Closed ? resolved.AddHours(1) : null,
            ResolutionNote = "Replaced the dock's cable.",
            Rating = rating,
            Sla = new SlaState(resolved.AddDays(-3).AddHours(4), resolved),
        });
    }

    [Theory]
    [InlineData("en-US", "INC-000001 is closed, and a closed ticket stays closed.")]
    [InlineData("fr-FR", "INC-000001 est clos, et un ticket clos le reste.")]
    public async Task Reopen_OfAClosedTicket_IsRefused_EvenWithinTheWindow(string locale, string expected)
    {
        await new ConversationScript(_harness, locale).PlayAsync(
            ("press: tickets.reopen {\"number\": \"INC-000001\", \"ticketVersion\": 3}", expected));

        var closed = (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 1), default))!;
        Assert.Equal((TicketStatus.Closed, 5, 3L), (closed.Status, closed.Rating, closed.Version));
    }

    [Fact]
    public async Task Reopen_OfAResolvedTicket_ClearsItsResolutionNoteAndRating()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.reopen {\"number\": \"INC-000002\", \"ticketVersion\": 3, \"comment\": \"Dropped again\"}", "reopened"));

        var reopened = (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 2), default))!;
        Assert.Equal((TicketStatus.InProgress, null, null, null), (reopened.Status, reopened.ResolutionNote, reopened.Rating, reopened.ResolvedAt));
    }

    [Fact]
    public async Task Reopen_OfAResolvedTicket_AfterTheWindow_IsRefused()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.reopen {\"number\": \"INC-000003\", \"ticketVersion\": 3}", "can only be reopened within 14 days"));
    }
}
