using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The outbox on the table contract (layout in <see cref="OutboxKeys"/>). The record entity is the truth and every
/// state change is conditional on its ETag; due and failed entries are hints written before the record changes and
/// checked against it when read, so a crash between two writes leaves at worst a stale hint, never a lost record.
/// </summary>
internal sealed partial class TableOutboxStore(RecordTables tables, TimeProvider clock) : IOutboxStore
{
    /// <summary>When a hint was written, on this store's clock: an orphan's age is judged on it.</summary>
    private const string WrittenProperty = "Written";

    private long enqueued;

    private ITable Table => tables.Outbox;

    public long EnqueuedCount => Interlocked.Read(ref enqueued);

    public async Task<OutboxRecord> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(draft.IdempotencyKey);
        Interlocked.Increment(ref enqueued);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var record = new OutboxRecord(draft, OutboxStatus.Pending, now, draft.DueAt ?? now, 0, null, null, null, null, TableEntity.AnyETag);
        var due = OutboxKeys.Due(draft.IdempotencyKey, record.DueAt);
        await UpsertHintAsync(due, draft.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        var added = await tables.OutboxWriter.SubmitAsync(TableBatchOperation.Add(OutboxEntity.From(record))).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (added.IsOk)
        {
            return record with { ETag = added.Value! };
        }

        if (added.Status != TableStatus.Conflict)
        {
            throw TableResultExtensions.Unavailable(added, "outbox enqueue");
        }

        // Same key again: keep the first record; drop our hint unless it is exactly the existing record's.
        var existing = await GetAsync(draft.IdempotencyKey, cancellationToken).ConfigureAwait(false)
            ?? throw new StorageUnavailableException("Outbox record vanished after a conflicting add.");
        if (existing.Status != OutboxStatus.Pending || existing.DueAt != record.DueAt)
        {
            await DeleteHintAsync(due, cancellationToken).ConfigureAwait(false);
        }

        return existing;
    }

    public async Task<OutboxRecord?> GetAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await Table.GetAsync(OutboxKeys.RecordPartition(idempotencyKey), OutboxKeys.RecordRow(idempotencyKey), cancellationToken)
            .ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? null : OutboxEntity.To(got.OrThrow("outbox get"));
    }

    public async Task<OutboxWriteOutcome> CompleteAsync(
        OutboxRecord claimed, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        var done = claimed with
        {
            Status = OutboxStatus.Delivered, Lease = null, DeliveredActivityId = activityId,
            DeliveredConversationId = conversationId, LastError = null,
        };
        var outcome = await ReplaceAsync(claimed, done, cancellationToken).ConfigureAwait(false);
        if (outcome == OutboxWriteOutcome.Done)
        {
            await DeleteHintAsync(OutboxKeys.Due(claimed.IdempotencyKey, claimed.DueAt), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    public Task<OutboxWriteOutcome> RescheduleAsync(OutboxRecord claimed, DateTimeOffset nextDue, string error, CancellationToken cancellationToken) =>
        DueAgainAsync(claimed, claimed with { DueAt = nextDue, Attempts = claimed.Attempts + 1, Lease = null, LastError = error }, cancellationToken);

    public Task<OutboxWriteOutcome> ReleaseAsync(OutboxRecord claimed, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        DueAgainAsync(claimed, claimed with { DueAt = dueAt, Lease = null }, cancellationToken);

    /// <summary>The claimed record pending again without a lease, found by its new due time (the hint first, as on enqueue).</summary>
    private async Task<OutboxWriteOutcome> DueAgainAsync(OutboxRecord claimed, OutboxRecord again, CancellationToken cancellationToken)
    {
        await UpsertHintAsync(OutboxKeys.Due(again.IdempotencyKey, again.DueAt), again.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        var outcome = await ReplaceAsync(claimed, again, cancellationToken).ConfigureAwait(false);
        if (outcome == OutboxWriteOutcome.Done && again.DueAt != claimed.DueAt)
        {
            await DeleteHintAsync(OutboxKeys.Due(claimed.IdempotencyKey, claimed.DueAt), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    public async Task<OutboxWriteOutcome> ParkAsync(
        OutboxRecord claimed, OutboxStatus status, string error, CancellationToken cancellationToken)
    {
        if (status is not (OutboxStatus.Failed or OutboxStatus.Unreachable))
        {
            throw new ArgumentOutOfRangeException(nameof(status), "A record is parked as Failed or Unreachable.");
        }

        await UpsertHintAsync(OutboxKeys.Failed(claimed.IdempotencyKey), claimed.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        var parked = claimed with { Status = status, Attempts = claimed.Attempts + 1, Lease = null, LastError = error };
        var outcome = await ReplaceAsync(claimed, parked, cancellationToken).ConfigureAwait(false);
        if (outcome == OutboxWriteOutcome.Done)
        {
            await DeleteHintAsync(OutboxKeys.Due(claimed.IdempotencyKey, claimed.DueAt), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    public async Task<IReadOnlyList<OutboxRecord>> ListFailedAsync(int max, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var page = (await Table.QueryAsync(new TableQuery(OutboxKeys.FailedPartition) { Take = Math.Clamp(max, 1, TableQuery.MaxTake) }, cancellationToken)
            .ConfigureAwait(false)).OrThrow("outbox failed");
        var records = await Task.WhenAll(page.Entities.Select(e => GetAsync(e.GetString("Key") ?? string.Empty, cancellationToken))).ConfigureAwait(false);
        return [.. records.OfType<OutboxRecord>().Where(r => r.Status is OutboxStatus.Failed or OutboxStatus.Unreachable)];
    }

    public async Task<OutboxWriteOutcome> RetryAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parked = await GetAsync(idempotencyKey, cancellationToken).ConfigureAwait(false);
        if (parked is null || parked.Status is not (OutboxStatus.Failed or OutboxStatus.Unreachable))
        {
            return OutboxWriteOutcome.NotFound;
        }

        await UpsertHintAsync(OutboxKeys.Due(idempotencyKey, now), idempotencyKey, cancellationToken).ConfigureAwait(false);
        var pending = parked with { Status = OutboxStatus.Pending, DueAt = now, Attempts = 0, Lease = null };
        var outcome = await ReplaceAsync(parked, pending, cancellationToken).ConfigureAwait(false);
        if (outcome == OutboxWriteOutcome.Done)
        {
            await DeleteHintAsync(OutboxKeys.Failed(idempotencyKey), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task<OutboxWriteOutcome> ReplaceAsync(OutboxRecord read, OutboxRecord next, CancellationToken cancellationToken)
    {
        var updated = await Table.UpdateAsync(OutboxEntity.From(next), read.ETag, cancellationToken).ConfigureAwait(false);
        return updated.Status switch
        {
            TableStatus.Ok => OutboxWriteOutcome.Done,
            TableStatus.PreconditionFailed => OutboxWriteOutcome.LeaseLost,
            TableStatus.NotFound => OutboxWriteOutcome.NotFound,
            _ => throw TableResultExtensions.Unavailable(updated, "outbox update"),
        };
    }

    private async Task UpsertHintAsync(IndexKey hint, string idempotencyKey, CancellationToken cancellationToken) =>
        (await tables.OutboxWriter.SubmitAsync(TableBatchOperation.Upsert(new TableEntity(hint.PartitionKey, hint.RowKey)
        {
            ["Key"] = idempotencyKey,
            [WrittenProperty] = clock.GetUtcNow(),
        }))
            .WaitAsync(cancellationToken).ConfigureAwait(false)).OrThrow("outbox hint");

    private async Task DeleteHintAsync(IndexKey hint, CancellationToken cancellationToken) =>
        (await Table.DeleteAsync(hint.PartitionKey, hint.RowKey, TableEntity.AnyETag, cancellationToken).ConfigureAwait(false))
            .DeletedOrGone("outbox hint");
}
