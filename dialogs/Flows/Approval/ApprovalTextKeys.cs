namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>Text keys of the approval card and its decisions (en.json / fr.json, prefix <c>approval.</c>).</summary>
internal static class ApprovalTextKeys
{
    public const string CardTitle = "approval.card.title";
    public const string CardIntro = "approval.card.intro";
    public const string CardIntroOther = "approval.card.introOther";
    public const string CardFallback = "approval.card.fallback";
    public const string Justification = "approval.card.justification";
    public const string CommentLabel = "approval.card.commentLabel";
    public const string CommentPlaceholder = "approval.card.commentPlaceholder";
    public const string CommentShown = "approval.card.comment";
    public const string Approve = "approval.approve";
    public const string Reject = "approval.reject";
    public const string ApprovedBy = "approval.approvedBy";
    public const string RejectedBy = "approval.rejectedBy";
    public const string ClosedAs = "approval.closedAs";
    public const string RejectNeedsComment = "approval.rejectNeedsComment";
    public const string CommentTooLong = "approval.commentTooLong";
    public const string NotApprover = "approval.notApprover";
    public const string NotFound = "approval.notFound";
    public const string InvalidCard = "approval.invalidCard";
    public const string AlreadyDecided = "approval.alreadyDecided";
    public const string NotifyApproved = "approval.notify.approved";
    public const string NotifyRejected = "approval.notify.rejected";
}
