using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Outbox;

/// <summary>An outbox store in memory with the semantics the command relies on: parked records listed, retry puts one back.</summary>
internal sealed class ParkedOutbox : IOutboxStore
{
    private readonly ConcurrentDictionary<string, OutboxRecord> records = new(StringComparer.Ordinal);

    public int RetryCalls { get; private set; }

    public OutboxRecord Park(string key, OutboxStatus status, DateTimeOffset createdAt, string? subject = "INC-000123", OutboxKind kind = OutboxKind.Send, string? error = "Forbidden (403, ConversationBlockedByUser)")
    {
        var target = new ConversationReference("https://smba.example/teams/", "a:chat", "tenant-1", "msteams", ConversationKind.Personal, "28:bot");
        var draft = new OutboxDraft(key, kind, target, "{\"type\":\"message\",\"text\":\"x\"}", Subject: subject);
        var record = new OutboxRecord(draft, status, createdAt, createdAt, status == OutboxStatus.Failed ? 8 : 1, null, null, null, error, "e1");
        records[key] = record;
        return record;
    }

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

    public Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken) => throw new NotSupportedException();

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
