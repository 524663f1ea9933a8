namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>How relevant a <see cref="KnowledgeHit.Score"/> (0 to 1) must be for the flows to act on it.</summary>
public static class KnowledgeRelevance
{
    /// <summary>
    /// From this score a problem ("my disk is full") gets the article before the incident form: well above the
    /// search's own threshold, so only a clear match delays the form (measured on the labelled sets' dev part: the
    /// first hit at this score is the right article for nearly every question).
    /// </summary>
    public const double SolveFirst = 0.6;
}
