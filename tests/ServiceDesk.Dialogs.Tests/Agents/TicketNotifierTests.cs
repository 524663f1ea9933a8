using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

public sealed class TicketNotifierTests
{
    private readonly InMemoryTicketStore _tickets = new();
    private readonly InMemoryUserProfiles _profiles = new();
    private readonly FakeAgentQueue _queue = AgentsQueue();

    public TicketNotifierTests() => _profiles.SaveAsync(JeanProfile(), default);

    private TicketNotifier Notifier() => AgentParts.Notifier(_tickets, _queue, _profiles);

    [Fact]
    public async Task Creation_OfAnIncident_StartsAThreadInTheQueue_WithTheCardInEnglish()
    {
        var template = Ticket() with { Cards = TicketCards.None, Version = 0 };
        var created = new TicketEvent(Now, Jean, TicketEventKind.Created, []);

        var ticket = await _tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), await Notifier().ForAsync(template, created, default), default);

        var draft = Assert.Single(_tickets.Outbox);
        Assert.Equal(($"{ticket.Number}/v1/queue-card", OutboxKind.NewChannelThread, FakeAgentQueue.General, QueueOutbox.NewThreadPurpose, ticket.Number.ToString()),
            (draft.IdempotencyKey, draft.Kind, draft.Target, draft.Purpose, draft.Subject));
        var card = OutboxMessage.Card(draft.Payload)!;
        Assert.Contains("Assign to me", draft.Payload, StringComparison.Ordinal);
        Assert.StartsWith($"{ticket.Number} · Outlook crashes at start", AllText(card), StringComparison.Ordinal);
        Assert.Equal("en", (string?)JsonNode.Parse(draft.Payload)!["locale"]);
        Assert.Equal([template.Category], _queue.AskedCategories);
    }

    [Theory]
    [InlineData(Priority.P1, true)]
    [InlineData(Priority.P2, false)]
    public async Task Creation_OfAP1_CallsTheOnCallAgentsInItsFirstCard(Priority priority, bool called)
    {
        var onCall = new Catalogue.ServiceLevelOptions { OnCall = [new Catalogue.OnCallAgent { Id = "29:oncall", Name = "Olga Oncall" }] };
        var template = Ticket() with { Cards = TicketCards.None, Version = 0, Priority = priority };
        var created = new TicketEvent(Now, Jean, TicketEventKind.Created, []);
        var notifier = AgentParts.Notifier(_tickets, _queue, _profiles, onCall);

        await _tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), await notifier.ForAsync(template, created, default), default);

        var card = OutboxMessage.Card(Assert.Single(_tickets.Outbox).Payload)!;
        var mention = card.MsTeams?.Entities?.SingleOrDefault();
        Assert.Equal(called, mention is not null);
        if (called)
        {
            Assert.Equal(("29:oncall", "<at>Olga Oncall</at>"), (mention!.Mentioned.Id, mention.Text));
            Assert.StartsWith("P1 opened: <at>Olga Oncall</at>, you are on call.", AllText(card), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Creation_InAQueueChosenInFrench_PostsTheCardInFrench()
    {
        _queue.Channel = new QueueChannel(FakeAgentQueue.General, null, Locale: "fr-FR");
        var template = Ticket() with { Cards = TicketCards.None, Version = 0 };
        var created = new TicketEvent(Now, Jean, TicketEventKind.Created, []);

        await _tickets.CreateAsync(new TicketDraft(TicketKind.Incident, template, created), await Notifier().ForAsync(template, created, default), default);

        var draft = Assert.Single(_tickets.Outbox);
        Assert.Equal("fr", (string?)JsonNode.Parse(draft.Payload)!["locale"]);
        Assert.Contains("Me l'attribuer", AllText(OutboxMessage.Card(draft.Payload)!) + draft.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Assign to me", draft.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creation_WithNoQueueSetUp_WritesNoRecord()
    {
        _queue.Channel = null;
        var created = new TicketEvent(Now, Jean, TicketEventKind.Created, []);

        var outbox = await Notifier().ForAsync(Ticket(), created, default);

        Assert.Empty(outbox(Ticket() with { Version = 1 }));
    }

    [Fact]
    public async Task Creation_OfARequest_WaitsForApproval()
    {
        var request = Ticket(kind: TicketKind.Request) with { Cards = TicketCards.None };
        var outbox = await Notifier().ForAsync(request, new TicketEvent(Now, Jean, TicketEventKind.Created, []), default);

        Assert.Empty(outbox(request with { Version = 1 }));
    }

    [Fact]
    public async Task Approval_StartsTheRequestsThreadForFulfilment()
    {
        var request = Ticket(TicketStatus.AwaitingApproval, kind: TicketKind.Request) with { Cards = TicketCards.None };
        var outbox = await Notifier().ForAsync(request, new TicketEvent(Now, Alice, TicketEventKind.Approved, []), default);

        var draft = Assert.Single(outbox(request with { Version = 4, Status = TicketStatus.Approved }), d => d.Purpose == QueueOutbox.NewThreadPurpose);
        Assert.Equal(OutboxKind.NewChannelThread, draft.Kind);
        Assert.Contains("Mark fulfilled", draft.Payload, StringComparison.Ordinal);
        Assert.Equal([Dialogs.Agents.Queue.QueueCategories.AccessRequests], _queue.AskedCategories);
    }

    [Fact]
    public async Task RequesterComment_AppearsInTheThread_AndTheCardIsReplaced_ButTheRequesterIsNotToldOfTheirOwnComment()
    {
        var ticket = Ticket(TicketStatus.InProgress, Alice);
        var comment = new TicketEvent(Now, Jean, TicketEventKind.Comment, [], "It crashes again after the update.");

        var drafts = (await Notifier().ForAsync(ticket, comment, default))(ticket with { Version = 4 });

        Assert.Equal([QueueOutbox.UpdatePurpose, QueueOutbox.ThreadPurpose], drafts.Select(d => d.Purpose));
        var message = drafts[1];
        Assert.Equal(($"{Number}/v4/thread", OutboxKind.Send, ThreadId), (message.IdempotencyKey, message.Kind, message.Target.ConversationId));
        Assert.Equal("Jean Dupont (requester) commented: It crashes again after the update.", (string?)JsonNode.Parse(message.Payload)!["text"]);
    }

    [Theory]
    [InlineData(TicketEventKind.Rated, "Jean Dupont (requester) confirmed the fix and rated it 4/5.")]
    [InlineData(TicketEventKind.Reopened, "Jean Dupont (requester) reopened the ticket: it is still broken.")]
    public async Task RequesterAnswersTheResolution_TheThreadIsTold(TicketEventKind kind, string expected)
    {
        var ticket = Ticket(TicketStatus.Resolved, Alice);
        var answer = new TicketEvent(Now, Jean, kind, []);

        var drafts = (await Notifier().ForAsync(ticket, answer, default))(ticket with { Version = 4, Rating = 4, Status = TicketStatus.Closed });

        Assert.Equal(expected, (string?)JsonNode.Parse(Assert.Single(drafts, d => d.Purpose == QueueOutbox.ThreadPurpose).Payload)!["text"]);
        Assert.DoesNotContain(drafts, d => d.RecipientUserId == Jean.Id);
    }

    [Fact]
    public async Task SlaWarning_ReplacesTheCardWithItsMarker_TheThreadNoticeIsTheSlaMonitors()
    {
        var ticket = Ticket(TicketStatus.InProgress, Alice);
        var atRisk = new TicketEvent(Now, new TicketPerson("service-desk", null, "Service desk"), TicketEventKind.SlaAtRisk, []);

        var drafts = (await Notifier().ForAsync(ticket, atRisk, default))(ticket with { Version = 4, Sla = ticket.Sla! with { AtRiskNotified = true } });

        Assert.DoesNotContain(drafts, d => d.Purpose == QueueOutbox.ThreadPurpose);
        Assert.Contains("SLA at risk", Assert.Single(drafts, d => d.Purpose == QueueOutbox.UpdatePurpose).Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_WhenTheRequesterCardIsKnown_ReplacesItInPlace()
    {
        var ticket = Ticket(TicketStatus.Resolved, Alice) with { Cards = new TicketCards(new PostedCard(ThreadId, RootId), new PostedCard(JeanChat, "act-9")) };
        var note = new TicketEvent(Now, Alice, TicketEventKind.InternalNote, [], "closing soon", true);

        var drafts = (await Notifier().ForAsync(ticket, note, default))(ticket with { Version = 4 });

        var update = Assert.Single(drafts, d => d.Purpose == RequesterOutbox.CardUpdatePurpose);
        Assert.Equal((OutboxKind.UpdateActivity, "act-9", JeanChat), (update.Kind, update.ActivityId, update.Target.ConversationId));
        Assert.DoesNotContain("closing soon", update.Payload, StringComparison.Ordinal);
        Assert.Contains("\"ticketVersion\":4", update.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requester_WithoutAChat_GetsOneCreated()
    {
        await _profiles.SaveAsync(JeanProfile() with { ConversationStale = true }, default);
        var ticket = Ticket();

        var drafts = (await Notifier().ForAsync(ticket, new TicketEvent(Now, Alice, TicketEventKind.Assigned, []), default))(ticket with { Version = 4, Assignee = Alice });

        var notice = Assert.Single(drafts, d => d.Purpose == RequesterOutbox.NoticePurpose);
        Assert.Equal((OutboxKind.CreatePersonalConversation, Jean.Id, "https://smba.example/teams/"), (notice.Kind, notice.RecipientUserId, notice.Target.ServiceUrl));
    }
}
