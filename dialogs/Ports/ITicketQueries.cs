using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// What a list of tickets is filtered by; every filter is optional and they combine with "and". Ids are Teams user ids
/// (<c>29:…</c>), as stored on <see cref="TicketPerson.Id"/>. Creation is the half-open range [CreatedFrom, CreatedBefore).
/// </summary>
public sealed record TicketFilter(
    TicketStatus? Status = null,
    string? AssigneeId = null,
    string? RequesterId = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedBefore = null)
{
    public bool Matches(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return (Status is null || ticket.Status == Status)
            && (AssigneeId is null || ticket.Assignee?.Id == AssigneeId)
            && (RequesterId is null || ticket.Requester.Id == RequesterId)
            && (CreatedFrom is null || ticket.CreatedAt >= CreatedFrom)
            && (CreatedBefore is null || ticket.CreatedAt < CreatedBefore);
    }
}

/// <summary>
/// Port: ticket lists for reporting and integrations, each read through one index (never a table scan). The index is
/// chosen by the most selective filter: requester, then assignee, then status (when no creation bound is given, or
/// the status is an open one), then creation date; the other filters are applied to what that index yields, so a page
/// may hold fewer tickets than asked and still carry a continuation.
/// Order: by requester, assignee or creation date newest first; by status highest priority, then oldest first.
/// </summary>
public interface ITicketQueries
{
    /// <summary>A page, or null when <paramref name="continuation"/> is not a token this store issued.</summary>
    Task<TicketPage?> ListAsync(TicketFilter filter, int pageSize, string? continuation, CancellationToken cancellationToken);
}
