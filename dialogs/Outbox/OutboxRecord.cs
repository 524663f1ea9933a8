namespace ServiceDesk.Dialogs.Outbox;

/// <summary>A worker's claim on a record until <paramref name="ExpiresAt"/>; after that another worker may take it.</summary>
public sealed record OutboxLease(string Owner, DateTimeOffset ExpiresAt);

/// <summary>
/// An outbox record as stored. <see cref="ETag"/> is the version a worker read: complete, reschedule and park are
/// conditional on it, so a worker whose lease was taken over cannot overwrite the new holder's work.
/// </summary>
public sealed record OutboxRecord(
    OutboxDraft Draft,
    OutboxStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    int Attempts,
    OutboxLease? Lease,
    string? DeliveredActivityId,
    string? DeliveredConversationId,
    string? LastError,
    string ETag)
{
    public string IdempotencyKey => Draft.IdempotencyKey;
}

/// <summary>How a worker's write on a claimed record ended.</summary>
public enum OutboxWriteOutcome
{
    Done,

    /// <summary>The record changed since it was claimed (lease expired and taken over): this worker must drop it.</summary>
    LeaseLost,

    NotFound,
}
