using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>Closed is final: the requester opens a follow-up linked to it, in one click or by asking to reopen it.</summary>
public sealed class FollowUpTicketTests
{
    private static readonly TicketNumber Closed = new(TicketKind.Incident, 101);
    private readonly RouterHarness _harness = new();
    private readonly DateTimeOffset _now;

    public FollowUpTicketTests()
    {
        _now = _harness.Time.GetUtcNow();
        var resolved = _now.AddDays(-4);
        _harness.Tickets.Add(new Ticket
        {
            Number = Closed,
            Version = 5,
            Status = TicketStatus.Closed,
            Title = "VPN drops",
            Description = "Every ten minutes since Monday.",
            Category = "network-vpn",
            Service = "vpn",
            Impact = Impact.Medium,
            Urgency = Urgency.High,
            Priority = Priority.P2,
            Requester = new TicketPerson("29:jean", null, "Jean Dupont"),
            Assignee = new TicketPerson("29:alice", null, "Alice Agent"),
            CreatedAt = resolved.AddDays(-1),
            UpdatedAt = resolved.AddHours(1),
            ResolvedAt = resolved,
            ClosedAt = resolved.AddHours(1),
            ResolutionNote = "New VPN profile pushed.",
            Rating = 4,
        });
    }

    [Theory]
    [InlineData("en-US", "Open a follow-up", "INC-000001 is open, linked to INC-000101")]
    [InlineData("fr-FR", "Ouvrir un ticket de suivi", "INC-000001 est ouvert, lié à INC-000101")]
    public async Task OneClick_OnAClosedTicket_OpensALinkedIncident_FilledInFromIt(string locale, string button, string done)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(
            ("press: tickets.open {\"number\": \"INC-000101\"}", button),
            ("press: tickets.followUp {\"comment\": \"It drops again since this morning.\"}", done));

        var followUp = (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 1), default))!;
        Assert.Equal((TicketStatus.New, "network-vpn", "vpn", Priority.P2, Closed), (followUp.Status, followUp.Category, followUp.Service, followUp.Priority, followUp.FollowUpOf));
        Assert.Contains("VPN drops", followUp.Title, StringComparison.Ordinal);
        Assert.Contains("It drops again since this morning.", followUp.Description, StringComparison.Ordinal);
        Assert.NotNull(followUp.Sla);

        var closed = (await _harness.Tickets.GetAsync(Closed, default))!;
        Assert.Equal((TicketStatus.Closed, followUp.Number, 4), (closed.Status, closed.FollowUp, closed.Rating));
        Assert.Equal(TicketEventKind.Linked, (await _harness.Tickets.GetHistoryAsync(Closed, default)).Last().Kind);
        Assert.Equal("FollowUpOf", (await _harness.Tickets.GetHistoryAsync(followUp.Number, default))[0].Changes.Single().Field);

        // Both cards name the other ticket.
        Assert.Contains("INC-000101", ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        await script.PlayAsync(("press: tickets.open {\"number\": \"INC-000101\"}", "INC-000001"));
        Assert.DoesNotContain(button, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondClick_OnTheOldCard_OpensNoSecondFollowUp()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("press: tickets.open {\"number\": \"INC-000101\"}", "Open a follow-up"));
        var card = script.LastCard!;
        await script.ReplayAsync(card, "tickets.followUp");
        await script.ReplayAsync(card, "tickets.followUp");

        Assert.Single(_harness.Tickets.All, t => t.FollowUpOf == Closed);
    }

    [Fact]
    public async Task FollowUp_OfATicketThatIsNotClosed_IsRefused()
    {
        var resolved = _harness.Tickets.Add((await _harness.Tickets.GetAsync(Closed, default))! with
        {
            Number = new TicketNumber(TicketKind.Incident, 102), Status = TicketStatus.Resolved, ClosedAt = null,
        });

        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.followUp {\"number\": \"INC-000102\", \"ticketVersion\": 5}", "Only a closed ticket gets a follow-up"));

        Assert.DoesNotContain(_harness.Tickets.All, t => t.FollowUpOf == resolved.Number);
    }

    [Theory]
    [InlineData("en-US", "reopen INC-000101", "a closed ticket stays closed", "Open a follow-up")]
    [InlineData("fr-FR", "rouvrir INC-000101", "un ticket clos le reste", "Ouvrir un ticket de suivi")]
    public async Task TypingReopen_OnAClosedTicket_OffersTheFollowUp(string locale, string typed, string said, string button)
    {
        var script = new ConversationScript(_harness, locale);
        await script.PlayAsync(("type: " + typed, said));

        Assert.Contains(button, ConversationScript.Text(script.LastResult!), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Closed, (await _harness.Tickets.GetAsync(Closed, default))!.Status);
    }

    [Fact]
    public async Task ReopenButtonPressed_OnAClosedTicket_SaysTheFollowUpIsTheWay()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.reopen {\"number\": \"INC-000101\", \"ticketVersion\": 5}", "Open a follow-up opens a new ticket linked to INC-000101"));
    }
}
