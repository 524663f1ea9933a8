using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.TestKit.Ports;

/// <summary>
/// The outbox store as the dialogs use it, in memory: the first draft of each key kept (as the real one does), records
/// found by key, delivered or parked ones set up by the test, parked ones listed and put back by a retry. Nothing is
/// claimed or sent here: the worker's side is covered by the infra and bot tests.
/// </summary>
internal sealed class InMemoryOutbox : IOutboxStore
{
    private readonly ConcurrentDictionary<string, OutboxRecord> records = new(StringComparer.Ordinal);

    /// <summary>The drafts enqueued, in the order they were written.</summary>
    public IReadOnlyList<OutboxDraft> Drafts => [.. records.Values.OrderBy(r => r.CreatedAt).ThenBy(r => r.IdempotencyKey, StringComparer.Ordinal).Select(r => r.Draft)];

    public int RetryCalls { get; private set; }

    /// <summary>Marks <paramref name="draft"/> delivered as <paramref name="activityId"/> in <paramref name="conversationId"/> (the chat it created, if any).</summary>
    public void Deliver(OutboxDraft draft, string activityId, string conversationId) =>
        records[draft.IdempotencyKey] = new OutboxRecord(draft, OutboxStatus.Delivered, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, null, activityId, conversationId, null, "e");

    /// <summary>A record given up on (<paramref name="status"/> Failed or Unreachable) with its last error.</summary>
    public OutboxRecord Park(string key, OutboxStatus status, DateTimeOffset createdAt, string? subject = "INC-000123", OutboxKind kind = OutboxKind.Send, string? error = "Forbidden (403, ConversationBlockedByUser)")
    {
        var target = new ConversationReference("https://smba.example/teams/", "a:chat", "tenant-1", "msteams", ConversationKind.Personal, "28:bot");
        var draft = new OutboxDraft(key, kind, target, "{\"type\":\"message\",\"text\":\"x\"}", Subject: subject);
        var record = new OutboxRecord(draft, status, createdAt, createdAt, status == OutboxStatus.Failed ? 8 : 1, null, null, null, error, "e1");
        records[key] = record;
        return record;
    }

    public Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetOrAdd(draft.IdempotencyKey, _ => new OutboxRecord(draft, OutboxStatus.Pending, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 0, null, null, null, null, "e")));

    public Task<OutboxRecord?> GetAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetValueOrDefault(idempotencyKey));

    public Task<IReadOnlyList<OutboxRecord>> ListFailedAsync(int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxRecord>>(
            [.. records.Values.Where(r => r.Status is OutboxStatus.Failed or OutboxStatus.Unreachable).OrderBy(r => r.IdempotencyKey, StringComparer.Ordinal).Take(max)]);

    public Task<OutboxWriteOutcome> RetryAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RetryCalls++;
        if (!records.TryGetValue(idempotencyKey, out var parked) || parked.Status is not (OutboxStatus.Failed or OutboxStatus.Unreachable))
        {
            return Task.FromResult(OutboxWriteOutcome.NotFound);
        }

        records[idempotencyKey] = parked with { Status = OutboxStatus.Pending, DueAt = now, Attempts = 0 };
        return Task.FromResult(OutboxWriteOutcome.Done);
    }

    public Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<OutboxWriteOutcome> CompleteAsync(OutboxRecord claimed, string? activityId, string? conversationId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<OutboxWriteOutcome> RescheduleAsync(OutboxRecord claimed, DateTimeOffset nextDue, string error, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ReleaseAsync(OutboxRecord claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ParkAsync(OutboxRecord claimed, OutboxStatus status, string error, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
