using System.Text.Json;
using System.Text.Json.Nodes;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

public sealed class AgentActionHandlerTests : AgentActionHandlerTestBase
{
    public static TheoryData<string, TicketStatus, string?, TicketStatus, TicketEventKind> Transitions => new()
    {
        { AgentVerbs.AssignMe, TicketStatus.New, null, TicketStatus.New, TicketEventKind.Assigned },
        { AgentVerbs.Start, TicketStatus.New, null, TicketStatus.InProgress, TicketEventKind.StatusChanged },
        { AgentVerbs.Hold, TicketStatus.InProgress, """{"agentHoldReason":"Vendor"}""", TicketStatus.OnHold, TicketEventKind.StatusChanged },
        { AgentVerbs.Resolve, TicketStatus.InProgress, """{"agentResolution":"Repaired the Outlook profile."}""", TicketStatus.Resolved, TicketEventKind.Resolved },
        { AgentVerbs.Priority, TicketStatus.InProgress, """{"agentPriority":"1","agentPriorityReason":"The whole floor is affected."}""", TicketStatus.InProgress, TicketEventKind.PriorityChanged },
        { AgentVerbs.Reply, TicketStatus.InProgress, """{"agentReply":"Can you restart in safe mode?"}""", TicketStatus.InProgress, TicketEventKind.ReplyToRequester },
        { AgentVerbs.Note, TicketStatus.InProgress, """{"agentNote":"Probably the add-in."}""", TicketStatus.InProgress, TicketEventKind.InternalNote },
        { AgentVerbs.Reopen, TicketStatus.Resolved, null, TicketStatus.InProgress, TicketEventKind.Reopened },
        { AgentVerbs.AssignTo, TicketStatus.InProgress, """{"agentAssignee":"29:bob"}""", TicketStatus.InProgress, TicketEventKind.Assigned },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Verb_ByAnAgent_AppliesTheTransition_AnswersWithTheNewCard_AndReplacesTheQueueCard(
        string verb, TicketStatus from, string? inputs, TicketStatus to, TicketEventKind kind)
    {
        var (result, stored) = await ClickAsync(Ticket(from, from == TicketStatus.New ? null : Alice), Click(Alice, verb, inputs is null ? null : JsonNode.Parse(inputs)!.AsObject()));

        Assert.Equal((to, 4L), (stored.Status, stored.Version));
        Assert.Equal(kind, (await _tickets.GetHistoryAsync(Number, default)).Last().Kind);
        var card = Assert.IsType<InvokeAnswer>(result.Invoke).Card!;
        var expected = AgentParts.Cards.Build(stored, await _tickets.GetHistoryAsync(Number, default), new AgentCardReader(ServiceDesk.Dialogs.Localization.Texts.English, ServiceDesk.Dialogs.Conversation.DialogContext.TimeZoneOf("Europe/Paris"), [Alice, Bob]));
        Assert.Equal(Cards.CardJson.Serialize(expected), Cards.CardJson.Serialize(card));
        var update = Assert.Single(_tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
        Assert.Equal(($"{Number}/v4/queue-card-update", OutboxKind.UpdateActivity, RootId, ThreadId), (update.IdempotencyKey, update.Kind, update.ActivityId, update.Target.ConversationId));
        Assert.Contains("\"ticketVersion\":4", update.Payload, StringComparison.Ordinal);
        _sla.Verify(s => s.Update(It.Is<Ticket>(t => t.Version == 3), It.Is<Ticket>(t => t.Status == to), Now), Times.Once);
    }

    [Theory]
    [InlineData(AgentVerbs.AssignMe, null, "Votre ticket INC-000042 (Outlook crashes at start) est maintenant pris en charge par Alice Agent.")]
    [InlineData(AgentVerbs.Reply, """{"agentReply":"Can you restart?"}""", "Alice Agent a répondu au sujet de votre ticket INC-000042 (Outlook crashes at start) :\nCan you restart?")]
    [InlineData(AgentVerbs.Hold, """{"agentHoldReason":"AwaitingRequester"}""", "Votre ticket INC-000042 (Outlook crashes at start) est en attente de votre réponse")]
    public async Task Verb_ThatConcernsTheRequester_TellsThemInTheirLanguage_InTheirChat(string verb, string? inputs, string expected)
    {
        await ClickAsync(Ticket(TicketStatus.New), Click(Alice, verb, inputs is null ? null : JsonNode.Parse(inputs)!.AsObject()));

        var notice = Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.NoticePurpose);
        Assert.Equal(($"{Number}/v4/requester", OutboxKind.Send, JeanChat, Jean.Id), (notice.IdempotencyKey, notice.Kind, notice.Target.ConversationId, notice.RecipientUserId));
        Assert.StartsWith(expected, (string?)JsonNode.Parse(notice.Payload)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_SendsTheRequesterTheirCard_WithItsFixedStillBrokenAndARating_InFrench()
    {
        await ClickAsync(Ticket(TicketStatus.InProgress, Alice), Click(Alice, AgentVerbs.Resolve, new JsonObject { [AgentVerbs.ResolutionInput] = "Profil Outlook réparé." }));

        var draft = Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.CardPurpose);
        var card = ServiceDesk.Dialogs.Flows.Approval.OutboxMessage.Card(draft.Payload)!;
        Assert.Equal(["tickets.confirm", "tickets.reopen", "tickets.open"], Verbs(card));
        Assert.Contains("C'est réglé", draft.Payload, StringComparison.Ordinal);
        Assert.Contains("Toujours en panne", draft.Payload, StringComparison.Ordinal);
        Assert.Contains("Profil Outlook réparé.", AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_WithoutAReason_IsRefused_AndNothingChanges()
    {
        var (result, stored) = await ClickAsync(Ticket(TicketStatus.InProgress, Alice), Click(Alice, AgentVerbs.Cancel, new JsonObject { [AgentVerbs.CancelReasonInput] = "  " }));

        Assert.Contains("Say why the ticket is cancelled", AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal((TicketStatus.InProgress, 3L), (stored.Status, stored.Version));
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task Cancel_WithAReason_ClosesTheTicket_AndTellsTheRequesterWhy_InTheirLanguage()
    {
        var (_, stored) = await ClickAsync(Ticket(TicketStatus.InProgress, Alice), Click(Alice, AgentVerbs.Cancel, new JsonObject { [AgentVerbs.CancelReasonInput] = "Doublon de INC-000040." }));

        Assert.Equal((TicketStatus.Cancelled, Now), (stored.Status, stored.ClosedAt));
        Assert.Equal("Doublon de INC-000040.", (await _tickets.GetHistoryAsync(Number, default)).Last().Text);
        // The queue card is replaced by the final one, with no buttons left.
        var update = Assert.Single(_tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
        Assert.DoesNotContain("agent.", update.Payload, StringComparison.Ordinal);
        var notice = Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.NoticePurpose);
        Assert.Equal("Votre ticket INC-000042 (Outlook crashes at start) a été annulé par Alice Agent : Doublon de INC-000040.", (string?)JsonNode.Parse(notice.Payload)!["text"]);
    }

    [Theory]
    [InlineData(TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed)]
    [InlineData(TicketStatus.Cancelled)]
    public void Cancel_IsOfferedOnlyOnOpenTickets(TicketStatus status) =>
        Assert.False(AgentRules.Allows(Ticket(status, Alice), AgentVerbs.Cancel));

    [Fact]
    public async Task InternalNote_IsNotSentToTheRequester()
    {
        await ClickAsync(Ticket(TicketStatus.InProgress, Alice), Click(Alice, AgentVerbs.Note, new JsonObject { [AgentVerbs.NoteInput] = "Add-in again." }));

        Assert.DoesNotContain(_tickets.Outbox, d => d.RecipientUserId == Jean.Id);
        Assert.True((await _tickets.GetHistoryAsync(Number, default)).Last().Internal);
    }

    [Fact]
    public async Task NonAgent_IsToldClearly_AndNothingChanges()
    {
        var (result, stored) = await ClickAsync(Ticket(), Click(new TicketPerson(Mallory.Id, null, Mallory.Name), AgentVerbs.AssignMe));

        Assert.Equal("Only the service desk's agents can act on this ticket. The card is unchanged.", result.Invoke!.Message);
        Assert.Null(result.Invoke.Card);
        Assert.Equal((3L, null), (stored.Version, stored.Assignee));
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task StaleCard_IsRefusedWithTheFreshCard_AndWhoHasTheTicket()
    {
        var (result, stored) = await ClickAsync(Ticket(TicketStatus.New, Bob), Click(Alice, AgentVerbs.AssignMe, version: 2));

        var card = result.Invoke!.Card!;
        Assert.StartsWith("Already assigned to Bob Agent.", AllText(card), StringComparison.Ordinal);
        Assert.Contains("\"ticketVersion\":3", Cards.CardJson.Serialize(card), StringComparison.Ordinal);
        Assert.Equal((3L, Bob.Id), (stored.Version, stored.Assignee!.Id));
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task ConcurrentChange_BetweenReadAndWrite_LosesWithTheCurrentCard()
    {
        _tickets.Put(Ticket());
        _tickets.BeforeUpdate = _ => _tickets.Put(Ticket() with { Version = 4, Assignee = Bob });

        var result = await Handler().HandleAsync(Click(Alice, AgentVerbs.AssignMe), default);

        Assert.StartsWith("Already assigned to Bob Agent.", AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(Bob.Id, (await _tickets.GetAsync(Number, default))!.Assignee!.Id);
    }

    [Theory]
    [InlineData(AgentVerbs.Resolve, "{}", "A resolution note is required to resolve the ticket.")]
    [InlineData(AgentVerbs.Resolve, """{"agentResolution":"   "}""", "A resolution note is required to resolve the ticket.")]
    [InlineData(AgentVerbs.Priority, """{"agentPriority":"1"}""", "Please say why the priority changes.")]
    [InlineData(AgentVerbs.Priority, """{"agentPriority":"3","agentPriorityReason":"x"}""", "The ticket already has this priority.")]
    [InlineData(AgentVerbs.Priority, """{"agentPriority":"9","agentPriorityReason":"x"}""", "Please choose a priority from P1 to P5.")]
    [InlineData(AgentVerbs.Hold, """{"agentHoldReason":"Lunch"}""", "Please choose why the ticket is on hold.")]
    [InlineData(AgentVerbs.AssignTo, """{"agentAssignee":"29:mallory"}""", "Please choose an agent from the list.")]
    [InlineData(AgentVerbs.Reply, """{"agentReply":{"html":"<b>"}}""", "I can't read this answer. Please answer again.")]
    public async Task InvalidInput_IsRefusedOnTheCard_AndNothingChanges(string verb, string inputs, string error)
    {
        var (result, stored) = await ClickAsync(Ticket(TicketStatus.InProgress, Alice), Click(Alice, verb, JsonNode.Parse(inputs)!.AsObject()));

        Assert.Contains(error, AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(3L, stored.Version);
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task Reply_Of20000Characters_IsRefused_InTheAgentsLanguage()
    {
        var (result, stored) = await ClickAsync(Ticket(TicketStatus.InProgress, Alice),
            Click(Alice, AgentVerbs.Reply, new JsonObject { [AgentVerbs.ReplyInput] = new string('x', 20_000) }, locale: "fr-FR"));

        Assert.Contains("4000", AllText(result.Invoke!.Card!).Replace("\u202f", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("20", AllText(result.Invoke.Card!), StringComparison.Ordinal);
        Assert.Equal(3L, stored.Version);
        Assert.Empty(_tickets.Outbox);
    }

    [Fact]
    public async Task ActionNotValidInTheStatus_IsRefusedWithTheCurrentCard()
    {
        var (result, stored) = await ClickAsync(Ticket(TicketStatus.Closed, Alice), Click(Alice, AgentVerbs.Resolve, new JsonObject { [AgentVerbs.ResolutionInput] = "x" }));

        Assert.StartsWith("That is not possible while the ticket is Closed.", AllText(result.Invoke!.Card!), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Closed, stored.Status);
    }

    [Fact]
    public async Task Submit_Fallback_GetsTheCardAsAMessage()
    {
        var (result, stored) = await ClickAsync(Ticket(), Click(Alice, AgentVerbs.AssignMe, invoke: false));

        Assert.Null(result.Invoke);
        Assert.NotNull(Assert.Single(result.Replies).Card);
        Assert.Equal(Alice.Id, stored.Assignee!.Id);
    }

    [Fact]
    public async Task Fulfil_OnAnApprovedRequest_TellsTheRequester()
    {
        var (_, stored) = await ClickAsync(Ticket(TicketStatus.Approved, kind: TicketKind.Request), Click(Alice, AgentVerbs.Fulfil, number: new TicketNumber(TicketKind.Request, 42)));

        Assert.Equal(TicketStatus.Fulfilled, stored.Status);
        Assert.Contains(_tickets.Outbox, d => d.Purpose == RequesterOutbox.NoticePurpose && d.Payload.Contains("traitée par Alice Agent", StringComparison.Ordinal));
    }
}
