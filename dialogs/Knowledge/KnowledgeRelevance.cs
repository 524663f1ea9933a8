namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>How relevant a <see cref="KnowledgeHit.Score"/> (0 to 1) must be for the flows to act on it.</summary>
public static class KnowledgeRelevance
{
    /// <summary>
    /// From this score an article is a clear match: a how-to about a request the catalogue does not name ("comment
    /// demander une licence logicielle") gets the article instead of the request form. Well above the search's own
    /// threshold, because the form is the other good answer there (measured on the labelled sets' dev part: the first
    /// hit at this score is the right article for nearly every question, and weaker hits for such how-tos were mostly
    /// articles about something else: a visitor's badge answered with the guest Wi-Fi).
    /// </summary>
    public const double SolveFirst = 0.8;

    /// <summary>
    /// ...and only when the first hit leads the second by this much: two close articles ("VPN will not connect" and
    /// "Connect to the VPN") mean the question is not clearly one of them.
    /// </summary>
    public const double SolveFirstLead = 0.1;

    /// <summary>The first hit is a clear match: <see cref="SolveFirst"/> and <see cref="SolveFirstLead"/> over the next one.</summary>
    public static bool IsClear(IReadOnlyList<KnowledgeHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.Count > 0 && hits[0].Score >= SolveFirst && (hits.Count == 1 || hits[0].Score - hits[1].Score >= SolveFirstLead);
    }

    /// <summary>
    /// A request the catalogue could not place at all (no item is like it: "mettre un message d'absence", "une licence
    /// pour un logiciel payant") takes an article from this score, with <see cref="SolveFirstLead"/>: the form's other
    /// answer there is "not in the catalogue, pick from the whole list", a worse answer than a likely article. Calibrated
    /// on the labelled sets' dev part.
    /// </summary>
    public const double Unplaced = 0.6;

    /// <summary>The first hit is a likely match for a request the catalogue could not place (<see cref="Unplaced"/>).</summary>
    public static bool IsLikely(IReadOnlyList<KnowledgeHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        return hits.Count > 0 && hits[0].Score >= Unplaced && (hits.Count == 1 || hits[0].Score - hits[1].Score >= SolveFirstLead);
    }
}
