using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;
using Samples = ServiceDesk.Dialogs.Tests.Announcements.AnnouncementSamples;

namespace ServiceDesk.Dialogs.Tests.Announcements.Employees;

public sealed class MajorIncidentLinksTests
{
    private static readonly TicketNumber Other = new(TicketKind.Incident, 43);
    private static readonly TicketPerson Claire = new("29:claire", null, "Claire");
    private readonly InMemoryAnnouncements _store = new();
    private readonly InMemoryTicketStore _tickets = new();
    private readonly InMemoryUserProfiles _profiles = new();
    private readonly FakeAgentQueue _queue = AgentsQueue();
    private readonly Mock<ISlaClock> _sla = new();
    private readonly Mock<IOutboxStore> _outbox = new();
    private readonly List<OutboxDraft> _enqueued = [];

    public MajorIncidentLinksTests()
    {
        _store.Put(Samples.Published(Samples.French));
        _profiles.SaveAsync(JeanProfile(), default);
        _profiles.SaveAsync(JeanProfile() with { UserId = Claire.Id, Name = Claire.Name, Locale = "en-GB", PersonalConversation = JeanProfile().PersonalConversation! with { ConversationId = "a:claire-chat" } }, default);
        _sla.Setup(s => s.Update(It.IsAny<Ticket>(), It.IsAny<Ticket>(), It.IsAny<DateTimeOffset>())).Returns((Ticket _, Ticket after, DateTimeOffset _) => after.Sla);
        _outbox.Setup(o => o.EnqueueAsync(It.IsAny<OutboxDraft>(), It.IsAny<CancellationToken>()))
            .Callback((OutboxDraft d, CancellationToken _) => { lock (_enqueued) { _enqueued.Add(d); } })
            .ReturnsAsync((OutboxDraft d, CancellationToken _) => new OutboxRecord(d, OutboxStatus.Pending, Now, Now, 0, null, null, null, null, "etag"));
    }

    private MajorIncidentLinks Links() => new(
        _store, _store, _tickets, _sla.Object, AgentParts.Notifier(_tickets, _queue, _profiles), _profiles,
        new FixedNotices(_store, _profiles, _outbox.Object), new FakeTimeProvider(Now), NullLogger<MajorIncidentLinks>.Instance);

    [Fact]
    public async Task Link_AnOpenP1Incident_LinksItOnce_WithAnEventInItsHistory_AndItsQueueCardRefreshed()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice) with { Priority = Priority.P1 });

        var first = await Links().LinkAsync("MAJ-000012", Number, Alice, default);
        var again = await Links().LinkAsync("MAJ-000012", Number, Bob, default);

        Assert.Equal((LinkOutcome.Linked, LinkOutcome.AlreadyLinked), (first, again));
        Assert.Equal([Number], await Links().ListLinkedAsync("MAJ-000012", default));
        var linked = Assert.Single(await _tickets.GetHistoryAsync(Number, default));
        Assert.Equal((TicketEventKind.Updated, Alice, new FieldChange("MajorIncident", null, "MAJ-000012")), (linked.Kind, linked.Actor, Assert.Single(linked.Changes)));
        Assert.Single(_tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
    }

    [Fact]
    public async Task Link_RaisesALowerPriorityIncidentToP1_InTheLinksOwnEvent_WithItsDueTimesRecomputed()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice) with { Priority = Priority.P3 });
        var recomputed = new SlaState(Now.AddMinutes(15), Now.AddHours(4));
        _sla.Setup(s => s.Update(It.Is<Ticket>(t => t.Priority == Priority.P3), It.Is<Ticket>(t => t.Priority == Priority.P1), Now)).Returns(recomputed);

        Assert.Equal(LinkOutcome.Linked, await Links().LinkAsync("MAJ-000012", Number, Alice, default));

        var stored = (await _tickets.GetAsync(Number, default))!;
        Assert.Equal((Priority.P1, recomputed), (stored.Priority, stored.Sla));
        var linked = Assert.Single(await _tickets.GetHistoryAsync(Number, default));
        Assert.Equal([new FieldChange("MajorIncident", null, "MAJ-000012"), new FieldChange("Priority", "P3", "P1")], linked.Changes);
        Assert.Single(_tickets.Outbox, d => d.Purpose == QueueOutbox.UpdatePurpose);
    }

    [Fact]
    public async Task Link_RefusesWhatCannotBeLinked()
    {
        _tickets.Put(Ticket(TicketStatus.Resolved, Alice));
        _tickets.Put(Ticket(TicketStatus.New, kind: TicketKind.Request));
        _store.Put(Samples.Draft() with { Id = "MAJ-000099" });

        Assert.Equal(LinkOutcome.NotLinkable, await Links().LinkAsync("MAJ-000012", Number, Alice, default));
        Assert.Equal(LinkOutcome.NotLinkable, await Links().LinkAsync("MAJ-000012", new TicketNumber(TicketKind.Request, 42), Alice, default));
        Assert.Equal(LinkOutcome.TicketNotFound, await Links().LinkAsync("MAJ-000012", new TicketNumber(TicketKind.Incident, 999), Alice, default));
        Assert.Equal(LinkOutcome.AnnouncementNotActive, await Links().LinkAsync("MAJ-000099", Number, Alice, default));
        Assert.Equal(LinkOutcome.AnnouncementNotActive, await Links().LinkAsync("MAJ-404040", Number, Alice, default));
        Assert.Empty(await Links().ListLinkedAsync("MAJ-000012", default));
    }

    [Fact]
    public async Task ResolveLinked_ResolvesEachOpenLinkedIncident_TellsItsRequesterInTheirLanguage_AndTellsTheAffectedOnce()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice));
        _tickets.Put(Ticket(TicketStatus.New) with { Number = Other, Requester = Claire });
        await Links().LinkAsync("MAJ-000012", Number, Alice, default);
        await Links().LinkAsync("MAJ-000012", Other, Alice, default);
        // Claire's incident is resolved by an agent before the major incident is.
        var claires = (await _tickets.GetAsync(Other, default))!;
        await _tickets.UpdateAsync(claires with { Status = TicketStatus.Resolved, ResolutionNote = "Fixed by hand." }, new TicketEvent(Now, Bob, TicketEventKind.Resolved, []), null, default);
        // Affected: Jean (also the requester of a linked incident), Claire (English, known chat), Zoe (never talked to the bot).
        foreach (var who in new[] { Jean, Claire, new TicketPerson("29:zoe", null, "Zoe") })
        {
            await _store.ReactAsync("MAJ-000012", AnnouncementReactionKind.Affected, who, Now, default);
        }

        var resolved = AnnouncementRules.Resolve((await _store.GetAsync("MAJ-000012", default))!, Alice, "Gateway replaced.", "Passerelle remplacée.", Now).Announcement;
        await Links().ResolveLinkedAsync(resolved, Alice, default);

        var jeans = (await _tickets.GetAsync(Number, default))!;
        Assert.Equal(TicketStatus.Resolved, jeans.Status);
        Assert.Equal("Résolu avec l'incident majeur MAJ-000012 (VPN en panne).\nPasserelle remplacée.", jeans.ResolutionNote);
        Assert.Equal(TicketEventKind.Resolved, (await _tickets.GetHistoryAsync(Number, default)).Last().Kind);
        var requesterCard = Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.CardPurpose);
        Assert.Equal((JeanChat, Jean.Id), (requesterCard.Target.ConversationId, requesterCard.RecipientUserId));
        // One notice: the card says it, no text beside it says it again.
        Assert.Null(JsonNode.Parse(requesterCard.Payload)!["text"]);
        Assert.Contains("a été résolu", ServiceDesk.Dialogs.Tests.Agents.AgentTestData.AllText(ServiceDesk.Dialogs.Flows.Approval.OutboxMessage.Card(requesterCard.Payload)!), StringComparison.Ordinal);
        Assert.Equal("Fixed by hand.", (await _tickets.GetAsync(Other, default))!.ResolutionNote);

        var told = Assert.Single(_enqueued);
        Assert.Equal(("MAJ-000012/v3/fixed/29:claire", OutboxKind.Send, "a:claire-chat", FixedNotices.Purpose), (told.IdempotencyKey, told.Kind, told.Target.ConversationId, told.Purpose));
        Assert.Equal("✅ Fixed: VPN down *everywhere*. The outage on VPN is resolved. You told me you were affected: if it still doesn't work for you, tell me and I'll open an incident.\nWhat was done: Gateway replaced.",
            (string?)JsonNode.Parse(told.Payload)!["text"]);
    }

    [Fact]
    public async Task ResolveLinked_Twice_ResolvesNothingTwice_AndUsesTheSameOutboxKeys()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice));
        await Links().LinkAsync("MAJ-000012", Number, Alice, default);
        await _store.ReactAsync("MAJ-000012", AnnouncementReactionKind.Affected, Claire, Now, default);
        var resolved = AnnouncementRules.Resolve((await _store.GetAsync("MAJ-000012", default))!, Alice, null, null, Now).Announcement;

        await Links().ResolveLinkedAsync(resolved, Alice, default);
        var history = (await _tickets.GetHistoryAsync(Number, default)).Count;
        await Links().ResolveLinkedAsync(resolved, Alice, default);

        Assert.Equal(history, (await _tickets.GetHistoryAsync(Number, default)).Count);
        Assert.Single(_tickets.Outbox, d => d.Purpose == RequesterOutbox.CardPurpose);
        Assert.Equal(2, _enqueued.Count);
        Assert.Single(_enqueued.Select(d => d.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task ResolveLinked_OnAnAnnouncementNotResolved_DoesNothing()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Alice));
        await Links().LinkAsync("MAJ-000012", Number, Alice, default);
        var cancelled = AnnouncementRules.Cancel((await _store.GetAsync("MAJ-000012", default))!, Alice, null, Now).Announcement;

        await Links().ResolveLinkedAsync(cancelled, Alice, default);

        Assert.Equal(TicketStatus.InProgress, (await _tickets.GetAsync(Number, default))!.Status);
        Assert.Empty(_enqueued);
    }
}
