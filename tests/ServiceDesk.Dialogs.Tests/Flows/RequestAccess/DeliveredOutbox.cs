using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The outbox as the flows read it: records already delivered, found by key. Nothing is claimed or sent here.</summary>
internal sealed class DeliveredOutbox : IOutboxStore
{
    private readonly Dictionary<string, OutboxRecord> _records = new(StringComparer.Ordinal);

    /// <summary>Marks <paramref name="draft"/> delivered as <paramref name="activityId"/> in <paramref name="conversationId"/> (the chat it created, if any).</summary>
    public void Deliver(OutboxDraft draft, string activityId, string conversationId) =>
        _records[draft.IdempotencyKey] = new OutboxRecord(draft, OutboxStatus.Delivered, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, null, activityId, conversationId, null, "e");

    public Task<OutboxRecord?> GetAsync(string idempotencyKey, CancellationToken cancellationToken) => Task.FromResult(_records.GetValueOrDefault(idempotencyKey));

    public Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> CompleteAsync(OutboxRecord claimed, string? activityId, string? conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> RescheduleAsync(OutboxRecord claimed, DateTimeOffset nextDue, string error, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ReleaseAsync(OutboxRecord claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> ParkAsync(OutboxRecord claimed, OutboxStatus status, string error, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OutboxRecord>> ListFailedAsync(int max, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<OutboxWriteOutcome> RetryAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();
}
