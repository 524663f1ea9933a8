using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Filtered ticket lists through one index partition each (<see cref="ITicketQueries"/> says which): creation bounds
/// become a row key range wherever the partition is in creation order, the other filters are checked on the tickets.
/// </summary>
internal sealed class TableTicketQueries(RecordTables tables, ITicketStore store) : ITicketQueries
{
    public Task<TicketPage> ListAsync(TicketFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reader = new TicketIndexReader(tables, store);
        var bounded = filter.CreatedFrom is not null || filter.CreatedBefore is not null;
        if (filter.RequesterId is null && filter.AssigneeId is null && filter.Status is { } status && (!bounded || status.IsOpen()))
        {
            return reader.ReadPageAsync(TicketKeys.QueuePartition(status), null, filter.Matches, pageSize, continuation, cancellationToken);
        }

        var partition = filter.RequesterId is { } requester ? TicketKeys.RequesterPartition(requester)
            : filter.AssigneeId is { } assignee ? TicketKeys.AssigneePartition(assignee)
            : TicketKeys.CreatedPartition;

        // Newest first: a later creation has a smaller row key, so "created before" bounds from below, "from" above.
        var rowKeyFrom = filter.CreatedBefore is { } before ? TicketKeys.NewestFirst(before.AddTicks(-1)) : null;
        var rowKeyTo = filter.CreatedFrom is { } from ? TicketKeys.NewestFirst(from.AddTicks(-1)) : null;
        return reader.ReadPageAsync(partition, rowKeyFrom, rowKeyTo, filter.Matches, pageSize, continuation, cancellationToken);
    }
}
