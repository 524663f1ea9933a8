using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.NewStarter;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.NewStarter;

/// <summary>
/// A new starter asked for by their manager-to-be, through the real router over the shipped catalogue: one request,
/// one approval per item, the agents' card listing the items and where each approval stands. Jean asks (Sunday 22
/// November 2026); Marie is his manager.
/// </summary>
public sealed class NewStarterFlowTests
{
    private readonly AccessHarness _h = new(ShippedAccessCatalogue.Options()) { Queue = new FakeAgentQueue() };

    [Fact]
    public async Task English_OneMessageSaysEverything_ThenEachItemIsApprovedOnItsOwn()
    {
        await Expect(_h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share"),
            "text: From your message I took: Julie Martin, Monday, November 23, 2026, CRM (Dynamics 365 Sales), Finance shared folder.",
            "card: Check your request");
        await Expect(_h.TypeAsync("en-US", "yes"),
            "card: Your request REQ-000001 for Julie Martin is sent: each item goes to its approver, and the service desk prepares what is approved. I'll tell you here of each decision.");

        var ticket = Assert.Single(_h.Tickets.All);
        var starter = ticket.NewStarter!;
        Assert.Equal((TicketStatus.AwaitingApproval, "Julie Martin", (string?)null, new DateOnly(2026, 11, 23)), (ticket.Status, starter.Name, starter.Email, starter.StartDate));
        Assert.Equal([("crm", "read", ItemDecision.Pending), ("finance-shared-folder", "read", ItemDecision.Pending)],
            starter.Items.Select(i => (i.ResourceId, i.Level, i.Decision)));
        Assert.Equal("New starter: Julie Martin (starts Monday, November 23, 2026)", ticket.Title);
        var cards = _h.Tickets.Outbox.Where(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).ToList();
        Assert.Equal(["REQ-000001/v1/approval/0/29:marie", "REQ-000001/v1/approval/1/29:marie"], cards.Select(c => c.IdempotencyKey));
        var queueCard = CardInspection.AllText(OutboxMessage.Card(_h.Tickets.Outbox.Single(d => d.Purpose == QueueOutbox.NewThreadPurpose).Payload)!);
        Assert.Contains("Julie Martin", queueCard, StringComparison.Ordinal);
        Assert.Contains("CRM (Dynamics 365 Sales) · Read", queueCard, StringComparison.Ordinal);
        Assert.Contains("⏳ awaiting Marie Martin", queueCard, StringComparison.Ordinal);
        Assert.Equal([QueueCategories.NewStarters], ((FakeAgentQueue)_h.Queue).AskedCategories.Distinct());

        var crmCard = OutboxMessage.Card(cards[0].Payload)!;
        Assert.Contains("Jean Dupont asks for CRM (Dynamics 365 Sales) · Read for Julie Martin", CardInspection.AllText(crmCard), StringComparison.Ordinal);
        await DecideAsync(crmCard, NewStarterApprovalCards.Approve);
        Assert.Equal((TicketStatus.AwaitingApproval, ItemDecision.Approved), (_h.Tickets.All[0].Status, _h.Tickets.All[0].NewStarter!.Items[0].Decision));
        var told = _h.Tickets.Outbox.Single(d => d.IdempotencyKey == "REQ-000001/v2/requester");
        Assert.Equal("Your request REQ-000001: CRM (Dynamics 365 Sales) · Read for Julie Martin was approved by Marie Martin.", (string?)JsonNode.Parse(told.Payload)!["text"]);

        var refused = await DecideAsync(OutboxMessage.Card(cards[1].Payload)!, NewStarterApprovalCards.Reject);
        Assert.Contains("a comment is required", CardInspection.AllText(refused.Invoke!.Card!), StringComparison.Ordinal);
        await DecideAsync(OutboxMessage.Card(cards[1].Payload)!, NewStarterApprovalCards.Reject, "Not before the trial period ends.");

        var done = _h.Tickets.All[0];
        Assert.Equal(TicketStatus.Approved, done.Status);
        Assert.Equal([ItemDecision.Approved, ItemDecision.Rejected], done.NewStarter!.Items.Select(i => i.Decision));
        Assert.Single(_h.Tickets.Outbox, d => d.Purpose == QueueOutbox.NewThreadPurpose);
    }

    [Fact]
    public async Task AnItemsApprover_WhoIsNotTheUsualOne_IsExplainedOnThatItemsCard_InTheApproversLanguage()
    {
        _h.Directory.DisabledManager = new Ports.DirectoryPerson("29:claire", "aad-claire", "Claire Petit");
        await Expect(_h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share"),
            "text: From your message I took: Julie Martin, Monday, November 23, 2026, CRM (Dynamics 365 Sales), Finance shared folder.",
            "card: Check your request");
        await _h.TypeAsync("en-US", "yes");

        var item = _h.Tickets.All.Single().NewStarter!.Items[0];
        Assert.Equal(new ApproverRouting(Ports.ApproverAbsence.ManagerDisabled, "Claire Petit"), item.Routing);
        var card = CardInspection.AllText(OutboxMessage.Card(_h.Tickets.Outbox.First(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).Payload)!);
        Assert.Contains("The manager's account (Claire Petit) is disabled: the next manager up approves.", card, StringComparison.Ordinal);
        var french = CardInspection.AllText(NewStarterApprovalCards.Build(_h.Tickets.All.Single(), 0, AccessCatalogue.From(_h.Options, _h.Items), ServiceDesk.Dialogs.Localization.Texts.French, TimeZoneInfo.Utc));
        Assert.Contains("Le compte du responsable (Claire Petit) est désactivé", french, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_EveryPendingItemsCardLosesItsButtons_TheDecidedOneIsLeft_AndALateClickIsToldWithdrawn()
    {
        await _h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share");
        await _h.TypeAsync("en-US", "yes");
        var sent = _h.Tickets.Outbox.Where(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).ToList();
        _h.Delivered.Deliver(sent[0], "act-crm", "a:marie");
        _h.Delivered.Deliver(sent[1], "act-finance", "a:marie");
        await DecideAsync(OutboxMessage.Card(sent[0].Payload)!, NewStarterApprovalCards.Approve);

        await _h.TypeAsync("en-US", "status REQ-000001");
        await _h.PressAsync("en-US", Dialogs.Flows.MyTickets.TicketVerbs.Cancel);

        var ticket = _h.Tickets.All[0];
        Assert.Equal((TicketStatus.Cancelled, true), (ticket.Status, ticket.Withdrawn));
        var update = Assert.Single(_h.Tickets.Outbox, d => d.Kind == OutboxKind.UpdateActivity && d.Purpose == AccessOutbox.ApprovalCardPurpose);
        Assert.Equal(("act-finance", "a:marie"), (update.ActivityId, update.Target.ConversationId));
        var withdrawn = OutboxMessage.Card(update.Payload)!;
        Assert.Contains("Withdrawn by Jean Dupont", CardInspection.AllText(withdrawn), StringComparison.Ordinal);
        Assert.DoesNotContain(NewStarterApprovalCards.Approve, JsonSerializer.Serialize(withdrawn), StringComparison.Ordinal);

        var late = await DecideAsync(OutboxMessage.Card(sent[1].Payload)!, NewStarterApprovalCards.Approve);
        Assert.Contains("REQ-000001 was withdrawn", RouterHarness.Describe(late).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task French_AsksOnlyWhatIsMissing_RefusesAPastDate_AndNeedsNoApprovalForAHeadset()
    {
        await Expect(_h.TypeAsync("fr-FR", "demande pour un nouvel arrivant"), "card: Qui arrive ? Son nom, et son adresse e-mail si vous la connaissez.");
        await Expect(_h.TypeAsync("fr-FR", "Paul Durand paul.durand@example.com"), "card: Quelle est la date d'arrivée de Paul Durand ?");
        await Expect(_h.TypeAsync("fr-FR", "2026-11-01"), "card: Quelle est la date d'arrivée de Paul Durand ? | error: La date d'arrivée ne peut pas être passée.");
        await Expect(_h.TypeAsync("fr-FR", "lundi prochain"), "card: Que faut-il prévoir pour Paul Durand ? Cochez les accès, logiciels et matériel.");
        await Expect(_h.TypeAsync("fr-FR", "un casque"), "card: Vérifiez votre demande");
        await Expect(_h.TypeAsync("fr-FR", "oui"),
            "card: Votre demande REQ-000001 pour Paul Durand n'a pas besoin d'approbation : le support informatique prépare tout. Je vous préviens ici quand c'est fait.");

        var ticket = Assert.Single(_h.Tickets.All);
        Assert.Equal((TicketStatus.Approved, "paul.durand@example.com", "headset", ItemDecision.NotNeeded),
            (ticket.Status, ticket.NewStarter!.Email, ticket.NewStarter.Items.Single().ResourceId, ticket.NewStarter.Items.Single().Decision));
        Assert.DoesNotContain(_h.Tickets.Outbox, d => d.Purpose == AccessOutbox.ApprovalCardPurpose);
        Assert.Single(_h.Tickets.Outbox, d => d.Purpose == QueueOutbox.NewThreadPurpose);
    }

    [Fact]
    public async Task Summary_ChangeItems_TakesATypedListAndSaysWhatItCouldNotTell()
    {
        await _h.TypeAsync("en-US", "new hire: Mark Evans, start date next tuesday, needs a laptop");
        await _h.PressAsync("en-US", NewStarterCards.EditVerb, new { field = NewStarterCards.ItemsField });
        await Expect(_h.TypeAsync("en-US", "laptop, finance"),
            "card: What does Mark Evans need? Tick the accesses, software and equipment. | error: I couldn't tell which you meant by \"finance\": tick it in the list, or type its name as the catalogue has it.");
        await Expect(_h.PressAsync("en-US", NewStarterCards.AnswerVerb, new { items = "laptop,headset" }), "invoke card: Check your request");

        await _h.PressAsync("en-US", NewStarterCards.SendVerb);
        Assert.Equal(["laptop", "headset"], _h.Tickets.All[0].NewStarter!.Items.Select(i => i.ResourceId));
    }

    [Fact]
    public async Task Withdraw_APendingNewStarter_StopsEveryApproval()
    {
        await _h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share");
        await _h.TypeAsync("en-US", "yes");
        var card = OutboxMessage.Card(_h.Tickets.Outbox.First(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).Payload)!;

        await _h.TypeAsync("en-US", "status REQ-000001");
        await _h.PressAsync("en-US", Dialogs.Flows.MyTickets.TicketVerbs.Cancel);
        var late = await DecideAsync(card, NewStarterApprovalCards.Approve);

        Assert.Equal((TicketStatus.Cancelled, true), (_h.Tickets.All[0].Status, _h.Tickets.All[0].Withdrawn));
        Assert.Contains("withdrawn by its requester", CardInspection.AllText(late.Invoke!.Card!), StringComparison.Ordinal);
        Assert.All(_h.Tickets.All[0].NewStarter!.Items, i => Assert.Equal(ItemDecision.Pending, i.Decision));
    }

    [Fact]
    public async Task SomeoneElse_CannotDecideAnItem()
    {
        await _h.TypeAsync("en-US", "new starter next Monday: Julie Martin, needs CRM and the finance share");
        await _h.TypeAsync("en-US", "yes");
        var card = OutboxMessage.Card(_h.Tickets.Outbox.First(d => d.Purpose == AccessOutbox.ApprovalCardPurpose).Payload)!;
        var data = RouterHarness.DataOf(card, NewStarterApprovalCards.Approve);

        var answer = await _h.SendAsync(_h.Turn(AccessHarness.Jean, "en-US", null, new CardAction(NewStarterApprovalCards.Approve, JsonSerializer.SerializeToElement(data), true)));

        Assert.Equal("Only the designated approver of this request can approve or reject it.", answer.Invoke!.Message);
        Assert.Equal(ItemDecision.Pending, _h.Tickets.All[0].NewStarter!.Items[0].Decision);
    }

    private Task<TurnResult> DecideAsync(Cards.AdaptiveCard card, string verb, string? comment = null)
    {
        var data = RouterHarness.DataOf(card, verb);
        if (comment is not null)
        {
            data[Cards.AccessApprovalCard.CommentInputId] = comment;
        }

        return _h.SendAsync(_h.Turn(AccessHarness.Marie, "en-US", null, new CardAction(verb, JsonSerializer.SerializeToElement(data), true)));
    }

    private static async Task Expect(Task<TurnResult> turn, params string[] expected)
    {
        var described = RouterHarness.Describe(await turn);
        Assert.True(expected.SequenceEqual(described), $"expected [{string.Join(" || ", expected)}]\n got [{string.Join(" || ", described)}]");
    }
}
