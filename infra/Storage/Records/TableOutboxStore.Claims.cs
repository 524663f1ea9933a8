using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>The outbox's claims: due hints read in order and checked against their records, stale ones removed.</summary>
internal sealed partial class TableOutboxStore
{
    /// <summary>A move's record write follows its hint within one storage call: one this late past its due time never will.</summary>
    private static readonly TimeSpan MoveLandsWithin = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(
        string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var claimed = new List<OutboxRecord>();
        var first = Random.Shared.Next(OutboxKeys.Shards);
        for (var i = 0; i < OutboxKeys.Shards && claimed.Count < max; i++)
        {
            // Records leased by other workers stay at the head of the due order: page past them.
            string? continuation = null;
            do
            {
                var query = new TableQuery(OutboxKeys.DuePartition((first + i) % OutboxKeys.Shards))
                {
                    RowKeyTo = TicketKeys.Ticks(now.UtcTicks + 1),
                    Take = Math.Min(TableQuery.MaxTake, Math.Max(max * 2, 16)),
                    ContinuationToken = continuation,
                };
                var page = (await Table.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("outbox due");
                foreach (var hint in page.Entities.TakeWhile(_ => claimed.Count < max))
                {
                    if (await TryClaimAsync(hint, workerId, now, leaseFor, cancellationToken).ConfigureAwait(false) is { } record)
                    {
                        claimed.Add(record);
                    }
                }

                continuation = page.ContinuationToken;
            }
            while (continuation is not null && claimed.Count < max);
        }

        return claimed;
    }

    private async Task<OutboxRecord?> TryClaimAsync(
        TableEntity hint, string workerId, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        var key = hint.GetString("Key");
        var record = key is null ? null : await GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            // Hints are written before their record: only an old orphan is removed, a young one may be mid-enqueue.
            // Its age is read on the clock the claim's now comes from (the one that stamped it), never the storage
            // server's: the two can disagree by more than the margin. A hint stamped by no clock counts from its due time.
            var written = hint.GetDateTimeOffset(WrittenProperty) ?? OutboxKeys.DueOf(hint.RowKey);
            if (now - written > MoveLandsWithin)
            {
                await DeleteHintAsync(new IndexKey(hint.PartitionKey, hint.RowKey), cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        if (record.Status != OutboxStatus.Pending || OutboxKeys.Due(record.IdempotencyKey, record.DueAt).RowKey != hint.RowKey)
        {
            if (LeftBehind(hint, record, now))
            {
                await DeleteHintAsync(new IndexKey(hint.PartitionKey, hint.RowKey), cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        if (record.Lease is { } lease && lease.ExpiresAt > now)
        {
            return null;
        }

        var leased = record with { Lease = new OutboxLease(workerId, now + leaseFor) };
        var updated = await Table.UpdateAsync(OutboxEntity.From(leased), record.ETag, cancellationToken).ConfigureAwait(false);
        return updated.IsOk ? leased with { ETag = updated.Value! }
            : updated.Status is TableStatus.PreconditionFailed or TableStatus.NotFound ? null
            : throw TableResultExtensions.Unavailable(updated, "outbox claim");
    }

    /// <summary>
    /// Whether a hint that does not match its record can go. A move (reschedule, release, retry) writes the hint of its
    /// new due time before the record, and always to a later time than the record's: a hint ahead of a record that is
    /// not delivered may be a move whose record write is on its way (removing it would leave the record Pending with
    /// nothing pointing at it, never claimed again), so it stays until its due time is <see cref="MoveLandsWithin"/>
    /// past. A hint at or before the record's due time, or of a delivered record, was left behind by a move or a
    /// completion that landed.
    /// </summary>
    private static bool LeftBehind(TableEntity hint, OutboxRecord record, DateTimeOffset now)
    {
        var due = OutboxKeys.DueOf(hint.RowKey);
        return record.Status == OutboxStatus.Delivered || due <= record.DueAt || now - due > MoveLandsWithin;
    }
}
