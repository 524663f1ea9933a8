using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Reads a page of tickets through one index partition: a range query in key order, then the tickets by number
/// (in parallel), keeping only those the entry still describes (an entry left stale by a race is skipped).
/// </summary>
internal sealed class TicketIndexReader(RecordTables tables, ITicketStore store)
{
    public Task<TicketPage> ReadPageAsync(
        string partition, string? rowKeyTo, Func<Ticket, bool> stillMatches, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        ReadPageAsync(partition, null, rowKeyTo, stillMatches, pageSize, continuation, cancellationToken);

    /// <summary>The same over the row key range [<paramref name="rowKeyFrom"/>, <paramref name="rowKeyTo"/>).</summary>
    public async Task<TicketPage> ReadPageAsync(
        string partition, string? rowKeyFrom, string? rowKeyTo, Func<Ticket, bool> stillMatches, int pageSize, string? continuation,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var tickets = new List<Ticket>(pageSize);
        do
        {
            var query = new TableQuery(partition)
            {
                RowKeyFrom = rowKeyFrom, RowKeyTo = rowKeyTo, Take = Math.Min(TableQuery.MaxTake, pageSize - tickets.Count), ContinuationToken = continuation,
            };
            var page = (await tables.Index.QueryAsync(query, cancellationToken).ConfigureAwait(false)).OrThrow("ticket index");
            var read = await Task.WhenAll(page.Entities.Select(async e =>
            {
                var number = TicketKeys.NumberOfIndexRow(e.RowKey);
                var ticket = await store.GetAsync(number, cancellationToken).ConfigureAwait(false);
                return ticket is not null && stillMatches(ticket) && TicketKeys.IndexKeysOf(ticket).Contains(new IndexKey(partition, e.RowKey))
                    ? ticket : null;
            })).ConfigureAwait(false);
            tickets.AddRange(read.OfType<Ticket>());
            continuation = page.ContinuationToken;
        }
        while (tickets.Count < pageSize && continuation is not null);
        return new TicketPage(tickets, continuation);
    }
}
