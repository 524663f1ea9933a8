using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

/// <summary>A requester withdraws a pending request: the approver's card loses its buttons and a late click says why.</summary>
public sealed class WithdrawTests : AccessApprovalHandlerFixture
{
    private static readonly PostedCard MarieCard = new("a:marie", "activity-7");

    public WithdrawTests()
    {
        Tickets.Put(Request() with { Cards = new TicketCards(null, null, MarieCard) });
    }

    private async Task<string> PressAsync(string locale, string verb, long version)
    {
        var time = new FakeTimeProvider(Now);
        var router = RouterHarness.Build(
            new DialogSessions(new InMemoryDialogStateStore(), Microsoft.Extensions.Options.Options.Create(new DialogOptions()), time, new StepCardLedger(time)),
            [], [], Tickets, access: TestAccessCatalogue.Catalogue());
        var data = new JsonObject { ["verb"] = verb, ["number"] = Number.ToString(), ["ticketVersion"] = version };
        return ConversationScript.Text(await router.HandleAsync(TurnFactory.Card(locale, verb, data), default));
    }

    [Theory]
    [InlineData("en-US", "Your request is withdrawn")]
    [InlineData("fr-FR", "Votre demande est retirée")]
    public async Task Withdraw_WhileAwaitingApproval_CancelsIt_AndReplacesTheApprovalCardWithoutButtons(string locale, string said)
    {
        Assert.Contains(said, await PressAsync(locale, "tickets.cancel", 1), StringComparison.Ordinal);

        var ticket = (await Tickets.GetAsync(Number, default))!;
        Assert.Equal((TicketStatus.Cancelled, true), (ticket.Status, ticket.Withdrawn));
        var withdrawn = (await Tickets.GetHistoryAsync(Number, default)).Last();
        Assert.Equal(("29:jean", "Withdrawn"), (withdrawn.Actor.Id, withdrawn.Changes.Last().Field));

        var update = Assert.Single(Tickets.Outbox, o => o.Kind == OutboxKind.UpdateActivity);
        Assert.Equal(("a:marie", "activity-7"), (update.Target.ConversationId, update.ActivityId));
        Assert.Contains("Withdrawn by Jean Dupont on", update.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain(ApprovalVerbs.Approve, update.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALateApproval_OfAWithdrawnRequest_AnswersWithdrawn_AndDecidesNothing()
    {
        await PressAsync("en-US", "tickets.cancel", 1);

        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        var card = Assert.IsType<ServiceDesk.Dialogs.Turns.InvokeAnswer>(result.Invoke).Card!;
        Assert.Contains("REQ-000012 was withdrawn by its requester: there is nothing to approve.", CardInspection.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardInspection.Buttons(card));
        Assert.Equal((TicketStatus.Cancelled, null), ((await Tickets.GetAsync(Number, default))!.Status, (await Tickets.GetAsync(Number, default))!.Access!.DecidedBy));
    }

    [Fact]
    public async Task Withdraw_OfARequestTheServiceDeskHasTaken_IsRefused()
    {
        Tickets.Put(Request(version: 3, status: TicketStatus.Approved) with { Assignee = new TicketPerson("29:alice", null, "Alice Agent") });

        Assert.Contains("can no longer be cancelled", await PressAsync("en-US", "tickets.cancel", 3), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Approved, (await Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task Withdraw_OfAnApprovedRequestNotYetTaken_UpdatesTheAgentsCard()
    {
        Tickets.Put(Request(version: 2, status: TicketStatus.Approved) with { Cards = new TicketCards(new PostedCard("19:queue;messageid=1", "1"), null) });

        Assert.Contains("Your request is withdrawn", await PressAsync("en-US", "tickets.cancel", 2), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Cancelled, (await Tickets.GetAsync(Number, default))!.Status);
    }
}
