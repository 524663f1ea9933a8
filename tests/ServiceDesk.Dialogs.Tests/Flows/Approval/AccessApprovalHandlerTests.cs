using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

public sealed class AccessApprovalHandlerTests : AccessApprovalHandlerFixture
{
    [Fact]
    public async Task Approve_ByTheApprover_StoresTheDecisionAndReplacesTheCardWithIt()
    {
        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve, comment: "OK for Q1")), default);

        var ticket = (await Tickets.GetAsync(Number, default))!;
        Assert.Equal(TicketStatus.Approved, ticket.Status);
        Assert.Equal(2, ticket.Version);
        Assert.Equal(("29:marie", "Marie Martin", "OK for Q1", Now), (ticket.Access!.DecidedBy, ticket.Access.DecidedByName, ticket.Access.DecisionComment, ticket.Access.DecidedAt));
        var history = await Tickets.GetHistoryAsync(Number, default);
        Assert.Equal(TicketEventKind.Approved, Assert.Single(history).Kind);

        var card = Assert.IsType<InvokeAnswer>(result.Invoke).Card!;
        var text = CardInspection.AllText(card);
        Assert.Contains("Approved by Marie Martin on 11/23/2026 9:30", text, StringComparison.Ordinal); // Paris time
        Assert.Contains("OK for Q1", text, StringComparison.Ordinal);
        Assert.Empty(CardInspection.Buttons(card));
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Approve_NotifiesTheRequesterInTheirLanguage_ThroughTheOutbox()
    {
        await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        var note = Assert.Single(Tickets.Outbox);
        Assert.Equal("REQ-000012/v2/requester", note.IdempotencyKey);
        Assert.Equal((OutboxKind.Send, "a:jean", "29:jean"), (note.Kind, note.Target.ConversationId, note.RecipientUserId));
        var payload = JsonNode.Parse(note.Payload)!;
        Assert.Equal("fr", (string?)payload["locale"]);
        Assert.Equal(
            "Bonne nouvelle : votre demande d'accès REQ-000012 à CRM (Dynamics 365 Sales) (Contribution) a été approuvée par Marie Martin. Le support informatique va maintenant vous donner l'accès.",
            (string?)payload["text"]);
    }

    [Fact]
    public async Task Reject_WithAComment_StoresRejectedAndTellsTheRequesterWhy()
    {
        await Profiles.SaveAsync(Profile(Jean, "en-GB", JeanChat), default);

        var result = await Handler.HandleAsync(Click(Marie, "fr-FR", ApprovalVerbs.Reject, Data(ApprovalVerbs.Reject, comment: "Demandez plutôt la lecture seule.")), default);

        Assert.Equal(TicketStatus.Rejected, (await Tickets.GetAsync(Number, default))!.Status);
        Assert.Contains("Refusée par Marie Martin le 23/11/2026 09:30.", CardInspection.AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        var payload = JsonNode.Parse(Assert.Single(Tickets.Outbox).Payload)!;
        Assert.Equal(
            "Your access request REQ-000012 for CRM (Dynamics 365 Sales) (Contribute) was rejected by Marie Martin. Their comment: Demandez plutôt la lecture seule.",
            (string?)payload["text"]);
    }

    [Theory]
    [InlineData("en-US", null, "Please say why you reject the request: a comment is required.")]
    [InlineData("fr-FR", "   ", "Merci d'indiquer pourquoi vous refusez la demande : un commentaire est obligatoire.")]
    public async Task Reject_WithoutAComment_IsRefusedWithTheReasonNextToTheCommentBox(string locale, string? comment, string expected)
    {
        var result = await Handler.HandleAsync(Click(Marie, locale, ApprovalVerbs.Reject, Data(ApprovalVerbs.Reject, comment: comment)), default);

        Assert.Equal(TicketStatus.AwaitingApproval, (await Tickets.GetAsync(Number, default))!.Status);
        Assert.Empty(Tickets.Outbox);
        var card = result.Invoke!.Card!;
        Assert.Equal(expected, (string?)CardInspection.Input(card, "comment")!["errorMessage"]);
        Assert.Contains(expected, CardInspection.Texts(card));
        Assert.Equal([ApprovalVerbs.Approve, ApprovalVerbs.Reject], CardInspection.Buttons(card).Select(b => b.Verb));
    }

    [Fact]
    public async Task Reject_CommentOverTheLimit_IsRefused()
    {
        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Reject, Data(ApprovalVerbs.Reject, comment: new string('x', 1001))), default);

        Assert.Equal("Please keep the comment under 1000 characters.", (string?)CardInspection.Input(result.Invoke!.Card!, "comment")!["errorMessage"]);
        Assert.Equal(TicketStatus.AwaitingApproval, (await Tickets.GetAsync(Number, default))!.Status);
    }

    [Theory]
    [InlineData("en-US", "Only the designated approver of this request can approve or reject it.")]
    [InlineData("fr-FR", "Seul l'approbateur désigné de cette demande peut l'approuver ou la refuser.")]
    public async Task Approve_BySomeoneElse_IsRefusedAndTheCardStays(string locale, string expected)
    {
        var result = await Handler.HandleAsync(Click(Paul, locale, ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        Assert.Equal(expected, result.Invoke!.Message);
        Assert.Null(result.Invoke.Card);
        Assert.Equal(200, result.Invoke.StatusCode);
        Assert.Equal(1, (await Tickets.GetAsync(Number, default))!.Version);
        Assert.Empty(Tickets.Outbox);
    }

    [Fact]
    public async Task Approve_ByTheRequesterThemselves_IsRefused()
    {
        var jean = new Person(Jean.Id, Jean.AadObjectId, Jean.Name);

        var result = await Handler.HandleAsync(Click(jean, "fr-FR", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        Assert.Equal("Seul l'approbateur désigné de cette demande peut l'approuver ou la refuser.", result.Invoke!.Message);
    }

    [Fact]
    public async Task Approve_ApproverKnownByEntraObjectIdOnly_IsAccepted()
    {
        var sameMarieOtherId = new Person("29:marie-on-another-tenant-client", "AAD-MARIE", "Marie Martin");

        await Handler.HandleAsync(Click(sameMarieOtherId, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        Assert.Equal(TicketStatus.Approved, (await Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task Approve_StaleCard_AnswersWithTheCurrentCard()
    {
        Tickets.Put(Request(version: 3));

        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve, version: 1)), default);

        var card = result.Invoke!.Card!;
        Assert.Equal("This card is out of date. Here is the current version.", CardInspection.Texts(card)[0]);
        Assert.All(CardInspection.Buttons(card), b => Assert.Equal(3, (long)b.Data["version"]!));
        Assert.Equal(TicketStatus.AwaitingApproval, (await Tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public async Task Approve_Twice_MakesOneDecisionAndOneNotification()
    {
        var click = Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve));

        await Handler.HandleAsync(click, default);
        var second = await Handler.HandleAsync(click, default);

        Assert.Single(await Tickets.GetHistoryAsync(Number, default));
        Assert.Single(Tickets.Outbox);
        var text = CardInspection.AllText(second.Invoke!.Card!);
        Assert.StartsWith("This request has already been decided.", text, StringComparison.Ordinal);
        Assert.Contains("Approved by Marie Martin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WhileAnotherApproverRejectsAtTheSameTime_OneDecisionWins()
    {
        Tickets.BeforeUpdate = _ =>
        {
            Tickets.BeforeUpdate = null;
            var rejected = Request(version: 2, status: TicketStatus.Rejected);
            Tickets.Put(rejected with { Access = rejected.Access! with { DecidedBy = "29:owner", DecidedByName = "Olivia Owner", DecidedAt = Now, DecisionComment = "No." } });
        };

        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        Assert.Equal(TicketStatus.Rejected, (await Tickets.GetAsync(Number, default))!.Status);
        Assert.Empty(Tickets.Outbox);
        var text = CardInspection.AllText(result.Invoke!.Card!);
        Assert.Contains("Rejected by Olivia Owner", text, StringComparison.Ordinal);
        Assert.Empty(CardInspection.Buttons(result.Invoke.Card!));
    }

    [Fact]
    public async Task Approve_BySubmitFallback_RepliesWithTheDecidedCard()
    {
        var result = await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve), invoke: false), default);

        Assert.Null(result.Invoke);
        Assert.Contains("Approved by Marie Martin", CardInspection.AllText(Assert.Single(result.Replies).Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_RequesterNeverTalkedToTheBot_NotificationCreatesTheChatInEnglish()
    {
        var tickets = new InMemoryTicketStore();
        tickets.Put(Request());
        var handler = new AccessApprovalHandler(tickets, new InMemoryUserProfiles(), TestAccessCatalogue.Catalogue(), new FakeTimeProvider(Now), Agents.AgentParts.Notifier(tickets),
            Fulfilment.FulfilmentParts.None(TestAccessCatalogue.Catalogue()));

        await handler.HandleAsync(Click(Marie, "fr-FR", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        var note = Assert.Single(tickets.Outbox);
        Assert.Equal((OutboxKind.CreatePersonalConversation, "29:jean", string.Empty), (note.Kind, note.RecipientUserId, note.Target.ConversationId));
        Assert.Equal(("https://smba.example/teams/", "tenant-1", "28:bot"), (note.Target.ServiceUrl, note.Target.TenantId, note.Target.BotId));
        Assert.StartsWith("Good news", (string?)JsonNode.Parse(note.Payload)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ApprovalCardPostedEarlier_IsUpdatedInPlaceForEveryone()
    {
        Tickets.Put(Request() with { Cards = TicketCards.None with { ApprovalCard = new PostedCard("a:marie", "activity-1") } });

        await Handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        var update = Assert.Single(Tickets.Outbox, d => d.Kind == OutboxKind.UpdateActivity);
        Assert.Equal(("a:marie", "activity-1", "REQ-000012/v2/approval-update"), (update.Target.ConversationId, update.ActivityId, update.IdempotencyKey));
        Assert.Contains("Approved by Marie Martin", CardInspection.AllText(OutboxMessage.Card(update.Payload)!), StringComparison.Ordinal);
    }
}
