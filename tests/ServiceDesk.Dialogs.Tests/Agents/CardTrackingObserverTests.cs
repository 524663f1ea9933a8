using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

public sealed class CardTrackingObserverTests
{
    private readonly InMemoryTicketStore _tickets = new();
    private readonly Mock<IOutboxStore> _outbox = new();
    private readonly FakeAgentQueue _queue = AgentsQueue();
    private readonly List<OutboxDraft> _enqueued = [];

    public CardTrackingObserverTests() =>
        _outbox.Setup(o => o.EnqueueAsync(It.IsAny<OutboxDraft>(), It.IsAny<CancellationToken>()))
            .Callback((OutboxDraft d, CancellationToken _) => _enqueued.Add(d))
            .ReturnsAsync((OutboxDraft d, CancellationToken _) => Record(d));

    private CardTrackingObserver Observer() => new(_tickets, _outbox.Object, _queue, AgentParts.Cards, NullLogger<CardTrackingObserver>.Instance);

    private static OutboxRecord Record(OutboxDraft draft) =>
        new(draft, OutboxStatus.Delivered, Now, Now, 1, null, null, null, null, "etag");

    private static OutboxDraft Posted(string key, string purpose, OutboxKind kind = OutboxKind.NewChannelThread) =>
        new(key, kind, FakeAgentQueue.General, "{}", ActivityId: kind == OutboxKind.UpdateActivity ? RootId : null, Subject: Number.ToString(), Purpose: purpose);

    [Fact]
    public async Task DeliveredQueueCard_IsRecordedOnTheTicket_WithoutANewVersion()
    {
        _tickets.Put(Ticket() with { Version = 1, Cards = TicketCards.None });

        await Observer().DeliveredAsync(Record(Posted($"{Number}/v1/queue-card", QueueOutbox.NewThreadPurpose)), RootId, "19:general@thread.tacv2", default);

        var ticket = (await _tickets.GetAsync(Number, default))!;
        Assert.Equal((1L, new PostedCard(ThreadId, RootId)), (ticket.Version, ticket.Cards.QueueThread));
        Assert.Equal(Number, await _tickets.FindByThreadAsync(ThreadId, default));
        Assert.Empty(_enqueued);
    }

    [Fact]
    public async Task DeliveredQueueCard_OfATicketThatMovedOn_IsReplacedByTheCurrentCard()
    {
        _tickets.Put(Ticket(TicketStatus.New, Alice) with { Version = 3, Cards = TicketCards.None });

        await Observer().DeliveredAsync(Record(Posted($"{Number}/v1/queue-card", QueueOutbox.NewThreadPurpose)), RootId, ThreadId, default);

        var update = Assert.Single(_enqueued);
        Assert.Equal(($"{Number}/v3/queue-card-update", OutboxKind.UpdateActivity, RootId, ThreadId), (update.IdempotencyKey, update.Kind, update.ActivityId, update.Target.ConversationId));
        Assert.Contains("Alice Agent", update.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveredRequesterCard_IsRecorded()
    {
        _tickets.Put(Ticket(TicketStatus.Resolved, Alice));

        await Observer().DeliveredAsync(Record(Posted($"{Number}/v4/requester-card", RequesterOutbox.CardPurpose, OutboxKind.Send)), "act-7", JeanChat, default);

        Assert.Equal(new PostedCard(JeanChat, "act-7"), (await _tickets.GetAsync(Number, default))!.Cards.RequesterCard);
    }

    [Fact]
    public async Task QueueCardUpdate_ParkedWith404_PostsTheCurrentCardAsANewThread()
    {
        _tickets.Put(Ticket(TicketStatus.InProgress, Bob));

        await Observer().ParkedAsync(Record(Posted($"{Number}/v3/queue-card-update", QueueOutbox.UpdatePurpose, OutboxKind.UpdateActivity)), OutboxStatus.Unreachable, 404, default);

        var repost = Assert.Single(_enqueued);
        Assert.Equal(($"{Number}/v3/queue-card-repost", OutboxKind.NewChannelThread, QueueOutbox.RepostPurpose), (repost.IdempotencyKey, repost.Kind, repost.Purpose));
        Assert.Contains("Bob Agent", repost.Payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, QueueOutbox.UpdatePurpose)]
    [InlineData(404, RequesterOutbox.NoticePurpose)]
    public async Task OtherParkedRecords_AreLeftAlone(int status, string purpose)
    {
        _tickets.Put(Ticket());

        await Observer().ParkedAsync(Record(Posted($"{Number}/v3/x", purpose, OutboxKind.UpdateActivity)), OutboxStatus.Unreachable, status, default);

        Assert.Empty(_enqueued);
    }

    [Theory]
    [InlineData("INC-000042/v17/queue-card", 17)]
    [InlineData("INC-000042/queue-card", 0)]
    [InlineData("nonsense", 0)]
    public void VersionOf_ReadsTheKey(string key, long version) => Assert.Equal(version, CardTrackingObserver.VersionOf(key));
}
