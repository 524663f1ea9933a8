namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>How relevant a <see cref="KnowledgeHit.Score"/> (0 to 1) must be for the flows to act on it.</summary>
public static class KnowledgeRelevance
{
    /// <summary>
    /// From this score a problem ("my disk is full") gets the article before the incident form, with the next two
    /// articles beside it: well above the search's own threshold, so only a clear match delays the form (measured on
    /// the labelled sets' dev part: the first hit at this score is the right article for nearly every question). Lower
    /// thresholds answer more problems with their article, but then a problem that needs a ticket meets an article
    /// before the form much more often, and the scripted conversations that report one go through a card first.
    /// </summary>
    public const double SolveFirst = 0.8;

    /// <summary>
    /// ...and only when the first hit leads the second by this much: two close articles ("VPN will not connect" and
    /// "Connect to the VPN") mean the problem is not clearly one of them, so the incident flow starts as usual.
    /// </summary>
    public const double SolveFirstLead = 0.1;
}
