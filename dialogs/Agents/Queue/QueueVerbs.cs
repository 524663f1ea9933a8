namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>The setup card's verb and data field (prefix <c>queue.</c>).</summary>
internal static class QueueVerbs
{
    public const string Prefix = "queue.";
    public const string Use = "queue.use";

    /// <summary>The category choice's input id, merged into the action's data by Teams.</summary>
    public const string CategoryField = "category";
}
