namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>Text keys of access that fulfils itself (en.json / fr.json, prefix <c>fulfil.</c>).</summary>
internal static class FulfilmentTextKeys
{
    public const string Granted = "fulfil.granted";
    public const string GrantedUntil = "fulfil.grantedUntil";
    public const string Manual = "fulfil.manual";
    public const string Removed = "fulfil.removed";
    public const string EndSoon = "fulfil.endSoon";
    public const string Extend = "fulfil.extend";
    public const string ExtendReason = "fulfil.extend.reason";
    public const string ExtendNote = "fulfil.extend.note";
    public const string AgentsAddFailed = "fulfil.agents.addFailed";
    public const string AgentsRemoveFailed = "fulfil.agents.removeFailed";
    public const string ReasonDenied = "fulfil.reason.denied";
    public const string ReasonNotFound = "fulfil.reason.notFound";
    public const string ReasonUnavailable = "fulfil.reason.unavailable";
    public const string HistoryAdded = "fulfil.history.added";
    public const string HistoryRemoved = "fulfil.history.removed";
    public const string HistoryEndNotice = "fulfil.history.endNotice";
    public const string HistoryFailed = "fulfil.history.failed";
}
