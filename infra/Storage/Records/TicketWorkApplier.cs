using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Applies a change's <see cref="TicketWork"/>: index entries and outbox records (<see cref="ApplyOnTurnAsync"/>, before
/// the change returns: the next turn lists the ticket and the queue card must go), then metric facts
/// (<see cref="MetricDayWriter"/>) and the open tickets' copy (<see cref="OpenTicketWriter"/>) (<see cref="ApplyDeferredAsync"/>,
/// after it: <see cref="DeferredTicketWork"/>). Index entries carry the ticket version that wrote them, and an entry is
/// removed only if no later version wrote it again, so two changes applied out of order (or replayed by recovery) never
/// remove an entry the current ticket needs. Stale entries that survive such races are filtered out by readers, who
/// check every entry against the ticket.
/// </summary>
internal sealed class TicketWorkApplier(RecordTables tables, TableOutboxStore outbox, OpenTicketWriter open)
{
    private readonly MetricDayWriter metrics = new(tables);

    /// <summary>Everything (recovery).</summary>
    public async Task ApplyAsync(TicketWork work, CancellationToken cancellationToken)
    {
        await ApplyOnTurnAsync(work, cancellationToken).ConfigureAwait(false);
        await ApplyDeferredAsync(work, cancellationToken).ConfigureAwait(false);
    }

    public async Task ApplyOnTurnAsync(TicketWork work, CancellationToken cancellationToken)
    {
        var writes = new List<Task>(work.Added.Count + work.Removed.Count + work.Outbox.Count);
        writes.AddRange(work.Added.Select(key => AddAsync(key, work, cancellationToken)));
        writes.AddRange(work.Removed.Select(key => RemoveAsync(key, work.Version - 1, cancellationToken)));
        writes.AddRange(work.Outbox.Select(draft => outbox.EnqueueAsync(draft, cancellationToken)));
        await Task.WhenAll(writes).ConfigureAwait(false);
    }

    /// <summary>The metric facts and the open tickets' copy: independent of each other, so written side by side.</summary>
    public Task ApplyDeferredAsync(TicketWork work, CancellationToken cancellationToken) =>
        Task.WhenAll(
            metrics.WriteAsync(work.Number, work.Version, work.Metrics ?? [], cancellationToken),
            open.RefreshAsync(work.Number, cancellationToken));

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
