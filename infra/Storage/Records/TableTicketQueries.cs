using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Filtered ticket lists through one index partition each (<see cref="ITicketQueries"/> says which): creation bounds
/// become a row key range wherever the partition is in creation order, the other filters are checked on the tickets.
/// </summary>
internal sealed class TableTicketQueries(RecordTables tables, ITicketStore store) : ITicketQueries
{
    public async Task<TicketPage?> ListAsync(TicketFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (partition, rowKeyFrom, rowKeyTo) = IndexRange(filter);
        if (continuation is not null && !await IssuedHereAsync(partition, continuation, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await new TicketIndexReader(tables, store)
            .ReadPageAsync(partition, rowKeyFrom, rowKeyTo, filter.Matches, pageSize, continuation, cancellationToken).ConfigureAwait(false);
    }

    private static (string Partition, string? RowKeyFrom, string? RowKeyTo) IndexRange(TicketFilter filter)
    {
        var bounded = filter.CreatedFrom is not null || filter.CreatedBefore is not null;
        if (filter.RequesterId is null && filter.AssigneeId is null && filter.Status is { } status && (!bounded || status.IsOpen()))
        {
            return (TicketKeys.QueuePartition(status), null, null);
        }

        var partition = filter.RequesterId is { } requester ? TicketKeys.RequesterPartition(requester)
            : filter.AssigneeId is { } assignee ? TicketKeys.AssigneePartition(assignee)
            : TicketKeys.CreatedPartition;

        // Newest first: a later creation has a smaller row key, so "created before" bounds from below, "from" above.
        var rowKeyFrom = filter.CreatedBefore is { } before ? TicketKeys.NewestFirst(before.AddTicks(-1)) : null;
        var rowKeyTo = filter.CreatedFrom is { } from ? TicketKeys.NewestFirst(from.AddTicks(-1)) : null;
        return (partition, rowKeyFrom, rowKeyTo);
    }

    /// <summary>
    /// A token from outside (the API hands them to callers) is checked before use: the backend refuses one it did not
    /// issue as Invalid, which is the caller's mistake, not a storage failure.
    /// </summary>
    private async Task<bool> IssuedHereAsync(string partition, string continuation, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var probe = await tables.Index.QueryAsync(new TableQuery(partition) { Take = 1, ContinuationToken = continuation }, cancellationToken)
            .ConfigureAwait(false);
        return probe.Status != TableStatus.Invalid;
    }
}
