namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>Text keys of the access reviews (en.json / fr.json, prefix <c>review.</c>).</summary>
internal static class AccessReviewTextKeys
{
    public const string Heading = "review.heading";
    public const string Page = "review.page";
    public const string Intro = "review.intro";
    public const string Due = "review.due";
    public const string Finished = "review.finished";
    public const string Holder = "review.holder";
    public const string Kept = "review.kept";
    public const string Removed = "review.removed";
    public const string KeptByAll = "review.keptByAll";
    public const string Keep = "review.keep";
    public const string Remove = "review.remove";
    public const string KeepAll = "review.keepAll";
    public const string Next = "review.next";
    public const string Previous = "review.previous";
    public const string NotOwner = "review.notOwner";
    public const string Closed = "review.closed";
    public const string NotFound = "review.notFound";
    public const string Reminder = "review.reminder";
    public const string HistoryRemoved = "review.history.removed";
    public const string HistoryKept = "review.history.kept";
    public const string RequesterRemoved = "review.requesterRemoved";
    public const string AgentsRemoveFailed = "review.agents.removeFailed";
}
