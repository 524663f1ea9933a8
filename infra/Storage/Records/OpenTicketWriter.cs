using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The open tickets as one partition of table <c>Metrics</c> (<c>open</c> / number: the ticket as JSON), so the
/// dashboard reads the backlog in one range query instead of one read per open ticket. Written after every change
/// (and queue thread recorded; the other cards' positions are not read from it) from the ticket as stored then; a row only moves forward (a row of a later version is never
/// overwritten), and a ticket that is no longer open leaves an empty row with the time it went (<c>GoneAt</c>), so a
/// change applied late cannot bring it back (written even where the ticket had no row yet, for the same reason). Empty
/// rows are swept after <see cref="KeepGone"/>, long after any late write (recovery completes a change within minutes).
/// </summary>
internal sealed class OpenTicketWriter(RecordTables tables, TimeProvider clock)
{
    public const string Partition = "open";

    /// <summary>How long an empty row is kept before it is swept.</summary>
    public static readonly TimeSpan KeepGone = TimeSpan.FromHours(1);

    private const int MaxAttempts = 20;
    private const string MarkRow = "open-mark";

    /// <summary>The open tickets as last read, with the mark they were read under.</summary>
    private volatile Snapshot? last;

    public async Task RefreshAsync(TicketNumber number, CancellationToken cancellationToken)
    {
        var got = await tables.Tickets.GetAsync(TicketKeys.Partition(number), TicketKeys.TicketRow, cancellationToken).ConfigureAwait(false);
        if (got.Status != TableStatus.NotFound)
        {
            await WriteAsync(TicketEntities.Ticket(got.OrThrow("ticket get")), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var row = ticket.Number.ToString();
        for (var attempt = 1; ; attempt++)
        {
            var got = await tables.Metrics.GetAsync(Partition, row, cancellationToken).ConfigureAwait(false);
            var found = got.Status != TableStatus.NotFound ? got.OrThrow("open tickets") : null;
            // A ticket no longer open leaves an empty row even if it had none: a refresh of an older version, still
            // under way (changes' copies are written after they return, side by side), must not add it back.
            if ((found?.GetInt64("Version") ?? 0) > ticket.Version)
            {
                return;
            }

            var entity = new TableEntity(Partition, row) { ["Version"] = ticket.Version };
            if (ticket.Status.IsOpen())
            {
                RecordJson.Write(entity, ticket);
            }
            else
            {
                entity["GoneAt"] = clock.GetUtcNow();
            }

            var written = found is not null
                ? await tables.Metrics.UpdateAsync(entity, found.ETag!, cancellationToken).ConfigureAwait(false)
                : await tables.Metrics.AddAsync(entity, cancellationToken).ConfigureAwait(false);
            if (written.IsOk)
            {
                // After the row, as for the metric days: a read that saw the old mark reads the partition again.
                var mark = new TableEntity(MetricKeys.MetaPartition, MarkRow) { ["Token"] = Guid.NewGuid().ToString("N") };
                (await tables.MetricsWriter.SubmitAsync(TableBatchOperation.Upsert(mark)).WaitAsync(cancellationToken).ConfigureAwait(false)).OrThrow("open tickets mark");
                return;
            }

            if (written.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt >= MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(written, "open tickets");
            }
        }
    }

    /// <summary>
    /// The open tickets: as last read while no row has been written since (the mark, read first, is the same), else
    /// the partition again; when sweeping, empty rows older than <see cref="KeepGone"/> are deleted on the way.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> ReadAsync(bool sweep, CancellationToken cancellationToken)
    {
        var got = await tables.Metrics.GetAsync(MetricKeys.MetaPartition, MarkRow, cancellationToken).ConfigureAwait(false);
        var token = got.Status == TableStatus.NotFound ? string.Empty : got.OrThrow("open tickets mark").GetString("Token") ?? string.Empty;
        if (!sweep && last is { } seen && seen.Token == token)
        {
            return seen.Tickets;
        }

        var open = new List<Ticket>();
        var before = clock.GetUtcNow() - KeepGone;
        string? continuation = null;
        do
        {
            var page = (await tables.Metrics.QueryAsync(new TableQuery(Partition) { ContinuationToken = continuation }, cancellationToken).ConfigureAwait(false))
                .OrThrow("open tickets");
            foreach (var entity in page.Entities)
            {
                if (entity.GetString("Data") is not null)
                {
                    open.Add(RecordJson.Read<Ticket>(entity));
                }
                else if (sweep && entity.GetDateTimeOffset("GoneAt") < before)
                {
                    var deleted = await tables.Metrics.DeleteAsync(Partition, entity.RowKey, entity.ETag!, cancellationToken).ConfigureAwait(false);
                    if (deleted.Status != TableStatus.PreconditionFailed)
                    {
                        deleted.DeletedOrGone("open tickets"); // changed since: the ticket is open again
                    }
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        last = new Snapshot(token, open);
        return open;
    }

    private sealed record Snapshot(string Token, IReadOnlyList<Ticket> Tickets);
}
