using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>What a requester may do to their own ticket, by its state.</summary>
internal static class TicketRules
{
    /// <summary>
    /// Only while nobody has started on it: a new ticket nobody took, or a request still awaiting its approver or
    /// approved and not yet taken by the service desk (withdrawn).
    /// </summary>
    public static bool CanCancel(Ticket ticket) =>
        ticket.Assignee is null
        && (ticket.Status == TicketStatus.New || (ticket.Kind == TicketKind.Request && ticket.Status is TicketStatus.AwaitingApproval or TicketStatus.Approved));

    /// <summary>A resolved ticket, within the reopen window counted from its resolution. Closed is final.</summary>
    public static bool CanReopen(Ticket ticket, DateTimeOffset now, int windowDays) =>
        ticket.Status is TicketStatus.Resolved
        && ticket.ResolvedAt is { } resolved
        && now - resolved <= TimeSpan.FromDays(windowDays);

    /// <summary>Shown in "my tickets": open ones, and finished ones updated within the last <paramref name="recentDays"/>.</summary>
    public static bool IsListed(Ticket ticket, DateTimeOffset now, int recentDays) =>
        ticket.Status.IsOpen() || now - (ticket.ClosedAt ?? ticket.ResolvedAt ?? ticket.UpdatedAt) <= TimeSpan.FromDays(recentDays);
}
