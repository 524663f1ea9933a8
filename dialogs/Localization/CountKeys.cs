namespace ServiceDesk.Dialogs.Localization;

/// <summary>
/// Count phrases for <see cref="Texts.Count"/>: each names a pair of texts <c>{key}.one</c> and <c>{key}.other</c> in
/// both languages ("1 ticket is waiting", "3 tickets are waiting"; French counts 0 as one).
/// </summary>
public static class CountKeys
{
    public const string QueueUnroutedWaiting = "queue.unrouted.waiting";
    public const string QueueUnroutedPosted = "queue.unrouted.posted";
    public const string AgentsHelpWaiting = "agents.help.waiting";
    public const string OutboxFallback = "outbox.fallback";
    public const string OutboxAgeDays = "outbox.age.days";
    public const string MetricsTitle = "metrics.title";
    public const string MetricsRatings = "metrics.ratings";
    public const string BusinessHours = "itil.businessHours";
    public const string TicketListCount = "ticketlist.count";
    public const string ClustersIncidents = "clusters.incidents";
    public const string ProblemsOpenCount = "problems.openCount";
    public const string ProblemsResolvedIncidents = "problems.resolvedIncidents";

    /// <summary>Not a count: the prefix of a command's example in the agents' help (<c>agents.help.example.stats</c>), optional.</summary>
    internal const string AgentsHelpExamplePrefix = "agents.help.example.";
}
