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

    /// <summary>The lowest score the flows ask the search for under its threshold: below it an article is not near.</summary>
    public const double NearFloor = RelatedMin;

    /// <summary>
    /// An article offered beside the answer ("Other articles that may help") scores at least this, under the search's
    /// threshold or over it...
    /// </summary>
    public const double RelatedMin = 0.4;

    /// <summary>
    /// ...and at least this share of the answer's score: far behind it, it is about something else. Calibrated on the
    /// labelled questions, cross-validated (2026-12-07): of the 11 covered questions answered with the wrong article, 9
    /// have the right one within these bars, and 123 answers of 892 show one or two (any other hit over the threshold,
    /// as before, rescued 6 and showed them under 244 answers); a share of 0.8 rescued 8, 0.6 rescued 9 under 241 answers.
    /// </summary>
    public const double RelatedShare = 0.7;

    /// <summary>
    /// With no answer over the search's threshold, a best article from this score is a near miss: "not sure, maybe one of
    /// these?" with the nearest articles and the ticket offer, instead of a bare "I don't know". Off (above any score):
    /// on the labelled questions (cross-validated, 2026-12-07), every band under the threshold holds as many uncovered
    /// questions as covered ones (0.48 to 0.5: 8 covered, 5 uncovered; 0.45: 13 and 13; 0.4: 22 and 30), and an
    /// uncovered question offered articles is not an honest "I don't know".
    /// </summary>
    public const double NearMiss = double.PositiveInfinity;

    /// <summary>The most articles a near miss offers.</summary>
    public const int MaxCandidates = 3;

    /// <summary>
    /// Whether <paramref name="other"/> is worth offering beside <paramref name="best"/>: <see cref="RelatedMin"/> and
    /// <see cref="RelatedShare"/> of its score.
    /// </summary>
    public static bool IsRelated(KnowledgeHit best, KnowledgeHit other)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(other);
        return other.ArticleId != best.ArticleId && other.Score >= RelatedMin && other.Score >= RelatedShare * best.Score;
    }
}
