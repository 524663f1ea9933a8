namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// The approval card's verbs and data fields. The prefix is not a dialog name: these buttons act on a ticket, not on
/// a conversation in progress, and work in the approver's chat whatever the approver is doing there.
/// </summary>
internal static class ApprovalVerbs
{
    public const string Prefix = "approval.";
    public const string Approve = "approval.approve";
    public const string Reject = "approval.reject";

    public const string TicketField = "ticket";
    public const string VersionField = "version";

    public static bool Handles(string verb) => verb is Approve or Reject;
}
