namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// Incident states (New → InProgress → OnHold → Resolved → Closed; Cancelled) and the access request states
/// (New = requested → AwaitingApproval → Approved → InProgress → Fulfilled → Closed; Rejected).
/// </summary>
public enum TicketStatus
{
    New,
    AwaitingApproval,
    Approved,
    InProgress,
    OnHold,
    Resolved,
    Fulfilled,
    Closed,
    Rejected,
    Cancelled,
}

/// <summary>Why a ticket is on hold: only <see cref="AwaitingRequester"/> pauses the resolution clock.</summary>
public enum OnHoldReason { AwaitingRequester, Change, Vendor }

public static class TicketStatusExtensions
{
    /// <summary>Open tickets still need someone to act; the others are finished (Resolved may still be reopened).</summary>
    public static bool IsOpen(this TicketStatus status) =>
        status is TicketStatus.New or TicketStatus.AwaitingApproval or TicketStatus.Approved
            or TicketStatus.InProgress or TicketStatus.OnHold;
}
