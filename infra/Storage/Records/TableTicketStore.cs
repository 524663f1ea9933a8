using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Tickets on the table contract, atomic as observed although Table Storage batches only within one partition.
/// Every change (creation included) runs in four steps:
/// <list type="number">
/// <item>write an intent to the journal: the index entries and outbox records the change needs (<see cref="TicketWork"/>);</item>
/// <item>one atomic batch in the ticket's partition: the ticket (conditional on its ETag, or an add) and the history
/// event of the new version, tagged with the change's id — this is the commit point;</item>
/// <item>apply the work: index entries and outbox records, each write idempotent;</item>
/// <item>after the change has returned (<see cref="DeferredTicketWork"/>): the metric facts and the open tickets'
/// copy, then delete the intent.</item>
/// </list>
/// A crash before step 2 leaves an intent whose event never appeared: recovery discards it, and the ticket (or the
/// change) does not exist. A crash after step 2 leaves an intent whose event exists: recovery applies the work again.
/// So after recovery (<see cref="TicketRecovery"/>, at start and periodically) every ticket exists with its history,
/// index entries and outbox records, or not at all. Readers reach tickets through the index and check each entry
/// against the ticket, so an index entry left stale by a race is never shown.
/// </summary>
internal sealed partial class TableTicketStore(
    RecordTables tables, TicketNumberAllocator numbers, TicketJournal journal, TicketWorkApplier applier, DeferredTicketWork deferred,
    TimeProvider clock)
    : ITicketStore
{
    private const int MaxAppendAttempts = 50;
    private const int MaxCardRaceAttempts = 5;

    public async Task<Ticket> CreateAsync(TicketDraft draft, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var number = await numbers.NextAsync(draft.Kind, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var ticket = draft.Template with { Number = number, Version = 1, CreatedAt = now, UpdatedAt = now };
        var created = draft.Created with { Version = 1 };
        var opId = Guid.NewGuid();
        var work = TicketWork.For(null, ticket, opId, outbox?.Invoke(ticket) ?? [], MetricDayChange.Between(null, new TicketFacts(ticket, [created])));
        var intent = await journal.WriteAsync(work, cancellationToken).ConfigureAwait(false);
        var batch = await tables.Tickets.SubmitBatchAsync(
            [TableBatchOperation.Add(TicketEntities.Ticket(ticket, opId)), TableBatchOperation.Add(TicketEntities.Event(number, created, opId))],
            cancellationToken).ConfigureAwait(false);
        if (!batch.IsOk && !await CommittedAnywayAsync(batch.Status, work, intent).ConfigureAwait(false))
        {
            throw TableResultExtensions.Unavailable(batch, "ticket create");
        }

        await CompleteAsync(work, intent).ConfigureAwait(false);
        return ticket;
    }

    public async Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        var entity = await GetEntityAsync(number, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : TicketEntities.Ticket(entity);
    }

    public async Task<TicketUpdateResult> UpdateAsync(Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var entity = await GetEntityAsync(changed.Number, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return TicketUpdateResult.NotFound;
            }

            var current = TicketEntities.Ticket(entity);
            if (current.Version != changed.Version)
            {
                return TicketUpdateResult.Conflict(current);
            }

            var result = await WriteChangeAsync(current, entity.ETag!, changed, change, outbox, cancellationToken).ConfigureAwait(false);

            // Same version, other ETag: only a card was recorded in between (RecordCardAsync), not a change; try again.
            if (result is not { Outcome: TicketUpdateOutcome.Conflict, Ticket.Version: var seen } || seen != changed.Version || attempt >= MaxCardRaceAttempts)
            {
                return result;
            }
        }
    }

    public async Task<TicketUpdateResult> AppendEventAsync(TicketNumber number, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAppendAttempts; attempt++)
        {
            var entity = await GetEntityAsync(number, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return TicketUpdateResult.NotFound;
            }

            var current = TicketEntities.Ticket(entity);
            var result = await WriteChangeAsync(current, entity.ETag!, current, change, outbox, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != TicketUpdateOutcome.Conflict)
            {
                return result;
            }

            await Backoff.AfterConflictAsync(attempt + 1, 100, cancellationToken).ConfigureAwait(false);
        }

        throw new StorageUnavailableException("The ticket kept changing while a history event was appended.");
    }

    public async Task<IReadOnlyList<TicketEvent>> GetHistoryAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<TicketEvent>();
        string? continuation = null;
        do
        {
            var query = new TableQuery(TicketKeys.Partition(number)) { RowKeyPrefix = TicketKeys.EventRowPrefix, ContinuationToken = continuation };
            var page = (await tables.Tickets.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("ticket history");
            events.AddRange(page.Entities.Select(TicketEntities.Event));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return events;
    }

    public Task<TicketPage> ListByRequesterAsync(string requesterId, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        new TicketIndexReader(tables, this).ReadPageAsync(
            TicketKeys.RequesterPartition(requesterId), null, t => t.Requester.Id == requesterId, pageSize, continuation, cancellationToken);

    public Task<TicketPage> ListByStatusAsync(TicketStatus status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        new TicketIndexReader(tables, this).ReadPageAsync(
            TicketKeys.QueuePartition(status), null, t => t.Status == status, pageSize, continuation, cancellationToken);

    public async Task<IReadOnlyList<Ticket>> ListSlaDueAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var page = await new TicketIndexReader(tables, this).ReadPageAsync(
            TicketKeys.SlaPartition, TicketKeys.Ticks(before.UtcTicks + 1), t => t.Sla?.NextCheckAt <= before, max, null, cancellationToken)
            .ConfigureAwait(false);
        return page.Tickets;
    }

    private async Task<TicketUpdateResult> WriteChangeAsync(
        Ticket current, string etag, Ticket changed, TicketEvent change, OutboxFor? outbox, CancellationToken cancellationToken)
    {
        var next = changed with
        {
            Number = current.Number, Version = current.Version + 1, CreatedAt = current.CreatedAt, UpdatedAt = clock.GetUtcNow(),

            // Where the cards are posted is recorded by RecordCardAsync only; a change made from an older read keeps them.
            Cards = current.Cards,
        };
        var appended = change with { Version = next.Version };
        var opId = Guid.NewGuid();
        var work = TicketWork.For(current, next, opId, outbox?.Invoke(next) ?? [], await MetricsOfAsync(current, next, appended, cancellationToken).ConfigureAwait(false));
        var intent = await journal.WriteAsync(work, cancellationToken).ConfigureAwait(false);
        var batch = await tables.Tickets.SubmitBatchAsync(
            [TableBatchOperation.Update(TicketEntities.Ticket(next, opId), etag), TableBatchOperation.Add(TicketEntities.Event(next.Number, appended, opId))],
            cancellationToken).ConfigureAwait(false);
        if (!batch.IsOk && !await CommittedAnywayAsync(batch.Status, work, intent).ConfigureAwait(false))
        {
            if (batch.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict or TableStatus.NotFound))
            {
                throw TableResultExtensions.Unavailable(batch, "ticket update");
            }

            var now = await GetAsync(current.Number, cancellationToken).ConfigureAwait(false);
            return now is null ? TicketUpdateResult.NotFound : TicketUpdateResult.Conflict(now);
        }

        await CompleteAsync(work, intent).ConfigureAwait(false);
        return TicketUpdateResult.Updated(next);
    }

    /// <summary>The days whose metric facts the change alters: what the metrics take from the history needs it read.</summary>
    private async Task<IReadOnlyList<MetricDayChange>> MetricsOfAsync(Ticket current, Ticket next, TicketEvent appended, CancellationToken cancellationToken)
    {
        var history = (await GetHistoryAsync(current.Number, cancellationToken).ConfigureAwait(false)).Where(e => e.Version <= current.Version).ToList();
        return MetricDayChange.Between(new TicketFacts(current, history), new TicketFacts(next, [.. history, appended]));
    }

    /// <summary>
    /// A failed batch may still have committed: the HTTP pipeline retries a request whose answer was lost, and the
    /// retry then meets our own write (EntityAlreadyExists, or a stale ETag). Our history event, tagged with this
    /// change's id, tells. If it is there the change is completed as usual; if the store was unreachable the intent is
    /// left to recovery; otherwise the change did not happen and the intent is dropped.
    /// </summary>
    private async Task<bool> CommittedAnywayAsync(TableStatus status, TicketWork work, IndexKey intent)
    {
        var got = await tables.Tickets.GetAsync(TicketKeys.Partition(work.Number), TicketKeys.EventRow(work.Version), CancellationToken.None)
            .ConfigureAwait(false);
        if (got.IsOk && got.Value!.GetGuid("OpId") == work.OpId)
        {
            return true;
        }

        if (status != TableStatus.Unavailable && got.Status is TableStatus.Ok or TableStatus.NotFound)
        {
            await journal.DeleteAsync(intent, CancellationToken.None).ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>
    /// Past the commit point the change must finish even if the caller gives up: no cancellation here. What the
    /// caller's next reads need is written before it returns; the metrics' part and the intent's deletion after.
    /// </summary>
    private async Task CompleteAsync(TicketWork work, IndexKey intent)
    {
        await applier.ApplyOnTurnAsync(work, CancellationToken.None).ConfigureAwait(false);
        deferred.Start(work, intent);
    }

    private async Task<TableEntity?> GetEntityAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var got = await tables.Tickets.GetAsync(TicketKeys.Partition(number), TicketKeys.TicketRow, cancellationToken).ConfigureAwait(false);
        return got.Status == TableStatus.NotFound ? null : got.OrThrow("ticket get");
    }
}
