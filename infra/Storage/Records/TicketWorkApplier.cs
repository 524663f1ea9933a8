using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Applies a change's <see cref="TicketWork"/>: index entries, outbox records, then metric facts (<see cref="MetricDayWriter"/>) and the open tickets' copy (<see cref="OpenTicketWriter"/>). Index entries carry the ticket
/// version that wrote them, and an entry is removed only if no later version wrote it again, so two changes applied
/// out of order (or replayed by recovery) never remove an entry the current ticket needs. Stale entries that survive
/// such races are filtered out by readers, who check every entry against the ticket.
/// </summary>
internal sealed class TicketWorkApplier(RecordTables tables, TableOutboxStore outbox, OpenTicketWriter open)
{
    private readonly MetricDayWriter metrics = new(tables);

    public async Task ApplyAsync(TicketWork work, CancellationToken cancellationToken)
    {
        var writes = new List<Task>(work.Added.Count + work.Removed.Count + work.Outbox.Count);
        writes.AddRange(work.Added.Select(key => AddAsync(key, work, cancellationToken)));
        writes.AddRange(work.Removed.Select(key => RemoveAsync(key, work.Version - 1, cancellationToken)));
        writes.AddRange(work.Outbox.Select(draft => outbox.EnqueueAsync(draft, cancellationToken)));
        await Task.WhenAll(writes).ConfigureAwait(false);
        await metrics.WriteAsync(work.Number, work.Version, work.Metrics ?? [], cancellationToken).ConfigureAwait(false);
        await open.RefreshAsync(work.Number, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a card is recorded (the ticket changes without a new version): the open tickets' copy follows.</summary>
    public Task RefreshOpenAsync(TicketNumber number, CancellationToken cancellationToken) => open.RefreshAsync(number, cancellationToken);

    private async Task AddAsync(IndexKey key, TicketWork work, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(key.PartitionKey, key.RowKey) { ["Number"] = work.Number.ToString(), ["Version"] = work.Version };
        (await tables.IndexWriter.SubmitAsync(TableBatchOperation.Upsert(entity)).WaitAsync(cancellationToken).ConfigureAwait(false)).OrThrow("ticket index");
    }

    private async Task RemoveAsync(IndexKey key, long writtenUpTo, CancellationToken cancellationToken)
    {
        var got = await tables.Index.GetAsync(key.PartitionKey, key.RowKey, cancellationToken).ConfigureAwait(false);
        if (got.Status == TableStatus.NotFound)
        {
            return;
        }

        var entry = got.OrThrow("ticket index");
        if ((entry.GetInt64("Version") ?? 0) <= writtenUpTo)
        {
            var deleted = await tables.Index.DeleteAsync(key.PartitionKey, key.RowKey, entry.ETag!, cancellationToken).ConfigureAwait(false);
            if (deleted.Status != TableStatus.PreconditionFailed)
            {
                deleted.DeletedOrGone("ticket index");
            }
        }
    }
}
