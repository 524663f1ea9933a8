using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.MyTickets;

/// <summary>Flow 3 as conversation scripts, in English and French: list, details, and the requester's actions.</summary>
public sealed class MyTicketsFlowTests
{
    private readonly RouterHarness _harness = new();
    private readonly DateTimeOffset _now;

    public MyTicketsFlowTests()
    {
        _now = _harness.Time.GetUtcNow();
        Add(1, "Outlook crashes", TicketStatus.New);
        Add(2, "VPN drops", TicketStatus.Resolved, resolvedDaysAgo: 2, assignee: "Alice Agent");
        Add(3, "Old printer jam", TicketStatus.Closed, resolvedDaysAgo: 40);
        Add(4, "Someone else's laptop", TicketStatus.New, requester: "29:paul");
        Add(5, "Screen flickers", TicketStatus.InProgress, assignee: "Bob Agent");
    }

    private void Add(long n, string title, TicketStatus status, int? resolvedDaysAgo = null, string requester = "29:jean", string? assignee = null)
    {
        var resolved = resolvedDaysAgo is { } d ? _now.AddDays(-d) : (DateTimeOffset?)null;
        _harness.Tickets.Add(new Ticket
        {
            Number = new TicketNumber(TicketKind.Incident, n),
            Version = 3,
            Status = status,
            Title = title,
            Description = "Details of " + title,
            Category = "other",
            Impact = Impact.Low,
            Urgency = Urgency.Medium,
            Priority = Priority.P4,
            Requester = new TicketPerson(requester, null, requester == "29:jean" ? "Jean Dupont" : "Paul"),
            Assignee = assignee is null ? null : new TicketPerson("29:" + assignee, null, assignee),
            CreatedAt = _now.AddDays(-50 + n),
            UpdatedAt = resolved ?? _now.AddHours(-n),
            ResolvedAt = resolved,
            ClosedAt = status == TicketStatus.Closed ? resolved : null,
            Sla = new SlaState(_now.AddHours(1), _now.AddDays(5)),
        });
    }

    [Fact]
    public async Task English_MyTickets_ListsOpenAndRecentlyClosed_OnlyMine()
    {
        var script = new ConversationScript(_harness, "en-US");
        await script.PlayAsync(("type: my tickets", "Your open tickets and those closed in the last 30 days:"));

        var text = ConversationScript.Text(script.LastResult!);
        Assert.Contains("INC-000001 · Outlook crashes", text, StringComparison.Ordinal);
        Assert.Contains("INC-000002 · VPN drops", text, StringComparison.Ordinal);
        Assert.Contains("Assigned to: Bob Agent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Old printer jam", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_MesTickets_ThenOpenOne_ShowsDetailsAndHistory()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: mes tickets", "Vos tickets ouverts et ceux fermés ces 30 derniers jours"),
            ("press: tickets.open", "Historique"),
            ("type: statut INC-000002", "Statut: Résolu"));
    }

    [Theory]
    [InlineData("en-US", "type: status INC-000004", "I can't find a ticket INC-000004 among yours.")]
    [InlineData("en-US", "type: status INC-000099", "I can't find a ticket INC-000099 among yours.")]
    [InlineData("fr-FR", "type: où en est INC-000004 ?", "Je ne trouve pas de ticket INC-000004 parmi les vôtres.")]
    [InlineData("en-US", "press: tickets.open {\"number\": \"INC-000004\"}", "I can't find a ticket INC-000004 among yours.")]
    [InlineData("en-US", "press: tickets.cancel {\"number\": \"INC-000004\", \"ticketVersion\": 3}", "I can't find a ticket INC-000004 among yours.")]
    [InlineData("en-US", "press: tickets.open {\"number\": 4}", "I can't find a ticket ? among yours.")]
    public async Task SomeoneElsesOrAMissingTicket_AnswersNotFound_TheSameWay(string locale, string does, string expected)
    {
        await new ConversationScript(_harness, locale).PlayAsync((does, expected));
    }

    [Fact]
    public async Task Comment_IsAddedToTheHistory()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: status INC-000001", "Add a comment"),
            ("press: tickets.comment {\"comment\": \"It happens again **now**\"}", "Your comment was added."),
            ("type: status INC-000001", "Comment: It happens again \\*\\*now\\*\\*"));
    }

    [Fact]
    public async Task Cancel_WhileNew_CancelsIt_AndTheOldCardIsThenStale()
    {
        var script = new ConversationScript(_harness, "fr-FR");
        await script.PlayAsync(("type: statut INC-000001", "(Annuler ce ticket)"));
        var card = script.LastCard!;

        await script.PlayAsync(("press: tickets.cancel", "Votre ticket a été annulé."));
        var again = await script.ReplayAsync(card, "tickets.comment");

        Assert.Equal(TicketStatus.Cancelled, (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 1), default))!.Status);
        Assert.Contains("Cette carte n'est plus à jour", ConversationScript.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_OnceSomeoneStarted_IsRefused()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: status INC-000005", "Screen flickers"),
            ("press: tickets.comment", "Please give an answer."),
            ("press: tickets.cancel {\"number\": \"INC-000005\", \"ticketVersion\": 3}", "This ticket can no longer be cancelled"));
    }

    [Fact]
    public async Task ConfirmAResolvedTicket_WithARating_ClosesIt()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("type: status INC-000002", "How satisfied are you with the fix?"),
            ("press: tickets.confirm", "Please pick a rating from 1 to 5."),
            ("press: tickets.confirm {\"rating\": \"9\"}", "Please pick a rating from 1 to 5."),
            ("press: tickets.confirm {\"rating\": \"4\"}", "Thanks! The ticket is closed and your rating recorded."));

        var ticket = (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 2), default))!;
        Assert.Equal((TicketStatus.Closed, 4), (ticket.Status, ticket.Rating));
    }

    [Fact]
    public async Task Reopen_WithinTheWindow_ReopensIt()
    {
        await new ConversationScript(_harness, "fr-FR").PlayAsync(
            ("type: statut INC-000002", "(Ce n'est pas réglé : rouvrir)"),
            ("press: tickets.reopen {\"comment\": \"Toujours coupé\"}", "Votre ticket a été rouvert"));

        var reopened = (await _harness.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, 2), default))!;
        Assert.Equal(TicketStatus.InProgress, reopened.Status);
        Assert.NotNull(reopened.Sla!.NextCheckAt); // the SLA clock runs again: the worker will look at it
    }

    [Fact]
    public async Task Reopen_OfAClosedTicket_IsRefused()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.reopen {\"number\": \"INC-000003\", \"ticketVersion\": 3}", "a closed ticket stays closed"));
    }

    [Fact]
    public async Task AnOldVersionOfTheCard_IsRefusedWithTheCurrentOne()
    {
        await new ConversationScript(_harness, "en-US").PlayAsync(
            ("press: tickets.comment {\"number\": \"INC-000001\", \"ticketVersion\": 2, \"comment\": \"hi\"}", "This card is out of date. Here is the current version."));

        Assert.Single(await _harness.Tickets.GetHistoryAsync(new TicketNumber(TicketKind.Incident, 1), default));
    }
}
