using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>The approval timer: reminds the approver, then sends the request to the next approver or lets it expire.</summary>
public sealed partial class ApprovalTimer
{
    /// <summary>Who the history shows for the timer's own changes.</summary>
    public static readonly TicketPerson Actor = new("service-desk:approvals", null, "Approval timer");
}
