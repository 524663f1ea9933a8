using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Durable delivery: records written with the change that causes them, claimed by workers under a lease, so several
/// instances share the work and none sends a record another one holds.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds a pending record; a key already present is a no-op that returns the existing record.</summary>
    Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken);

    /// <summary>
    /// How many records this instance asked to enqueue since it started (only grows), or -1 when the store does not count:
    /// a turn that enqueued nothing then need not wake the worker for a look that finds nothing.
    /// </summary>
    long EnqueuedCount => -1;

    Task<OutboxRecord?> GetAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending records due at <paramref name="now"/> whose lease is free or expired,
    /// for <paramref name="workerId"/> until now + <paramref name="leaseFor"/>. A record is claimed by one worker at a time.
    /// </summary>
    Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken);

    /// <summary>Delivered: keeps the activity id (and the new conversation id for a thread or 1:1 chat) for later updates.</summary>
    Task<OutboxWriteOutcome> CompleteAsync(OutboxRecord claimed, string? activityId, string? conversationId, CancellationToken cancellationToken);

    /// <summary>Not delivered this time: one more attempt counted, due again at <paramref name="nextDue"/>.</summary>
    Task<OutboxWriteOutcome> RescheduleAsync(OutboxRecord claimed, DateTimeOffset nextDue, string error, CancellationToken cancellationToken);

    /// <summary>
    /// Not sent and not an attempt (Teams' limits would have held it past its lease): the lease is given up at once, so
    /// any worker may take the record from <paramref name="dueAt"/> on instead of after the lease expires.
    /// </summary>
    Task<OutboxWriteOutcome> ReleaseAsync(OutboxRecord claimed, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Gives up: <see cref="OutboxStatus.Failed"/> (retry bound) or <see cref="OutboxStatus.Unreachable"/> (403/404).</summary>
    Task<OutboxWriteOutcome> ParkAsync(OutboxRecord claimed, OutboxStatus status, string error, CancellationToken cancellationToken);

    /// <summary>Parked records (failed and unreachable), for operators.</summary>
    Task<IReadOnlyList<OutboxRecord>> ListFailedAsync(int max, CancellationToken cancellationToken);

    /// <summary>Puts a parked record back in the queue, due at <paramref name="now"/>, attempts reset.</summary>
    Task<OutboxWriteOutcome> RetryAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken);
}
