using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// What the search found for one question, rejected articles left out: <see cref="Hits"/> over the search's threshold
/// (the first is the answer), <see cref="Near"/> the ones just under it. The answer's related articles and a near miss's
/// candidates are read from both with the bars of <see cref="KnowledgeRelevance"/>.
/// </summary>
internal sealed record KnowledgeFound(List<KnowledgeHit> Hits, List<KnowledgeHit> Near)
{
    /// <summary>Up to two articles to offer under the answer: the next ones that score close to it (<see cref="KnowledgeRelevance.IsRelated"/>).</summary>
    public IReadOnlyList<KnowledgeOtherResult> Related =>
        Hits.Count == 0
            ? []
            : [.. Hits.Skip(1).Concat(Near).Where(h => KnowledgeRelevance.IsRelated(Hits[0], h)).Take(KnowledgeFields.Others).Select(h => new KnowledgeOtherResult(h.ArticleId, h.Title))];

    /// <summary>With no answer, the nearest articles when the best of them scores at least <paramref name="nearMiss"/> (<see cref="KnowledgeRelevance.NearMiss"/>).</summary>
    public IReadOnlyList<KnowledgeOtherResult> Candidates(double nearMiss) =>
        Hits.Count > 0 || Near.Count == 0 || Near[0].Score < nearMiss
            ? []
            : [.. Near.Where((h, i) => i == 0 || KnowledgeRelevance.IsRelated(Near[0], h)).Take(KnowledgeRelevance.MaxCandidates).Select(h => new KnowledgeOtherResult(h.ArticleId, h.Title))];
}
