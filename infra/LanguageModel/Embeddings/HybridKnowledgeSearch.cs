using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>
/// The knowledge search with an embedding model: each article is scored by its keywords (the search's own relevance)
/// and by how close its vector is to the question's (<see cref="Vectors.Relevance"/>), and ranked by the better of the
/// two plus <see cref="Agreement"/> of the other, so an article found by meaning alone ("my screen stays black" for
/// "Monitor shows no signal") is found, and one found both ways comes first. The search's threshold applies to that
/// score, so "I don't know" keeps its meaning. No embedding model, no vectors yet, or no question vector within
/// <see cref="LanguageModelOptions.EmbeddingTimeoutMs"/>: the keyword search's answer, unchanged.
/// </summary>
internal sealed class HybridKnowledgeSearch(IKnowledgeSnapshot knowledge, ArticleVectors articles, TextVectors queries, IOptions<LanguageModelOptions> options)
    : IKnowledgeSearch
{
    /// <summary>Share of the weaker signal added to the stronger one.</summary>
    public const double Agreement = 0.25;

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = await knowledge.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!options.Value.EmbeddingsEnabled || top <= 0 || string.IsNullOrWhiteSpace(query))
        {
            return current.Search(query, language, top);
        }

        return await RankAsync(current, query, language, top, current.MinScore, cancellationToken).ConfigureAwait(false);
    }

    public async Task<KnowledgeResults> SearchNearAsync(string query, string language, int top, double floor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = await knowledge.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!options.Value.EmbeddingsEnabled || top <= 0 || string.IsNullOrWhiteSpace(query))
        {
            return current.SearchNear(query, language, top, floor);
        }

        // The hits exactly as SearchAsync ranks them; the near ones are ranked with the keyword scores under the threshold too.
        var hits = await RankAsync(current, query, language, top, current.MinScore, cancellationToken).ConfigureAwait(false);
        var near = await RankAsync(current, query, language, current.MaxResults, Math.Min(floor, current.MinScore), cancellationToken).ConfigureAwait(false);
        return new(hits, [.. near.Where(h => h.Score < current.MinScore && !hits.Any(x => x.ArticleId == h.ArticleId)).Take(top)]);
    }

    /// <summary>The articles scoring at least <paramref name="minScore"/> by keywords and meaning together, best first.</summary>
    private async Task<IReadOnlyList<KnowledgeHit>> RankAsync(
        KnowledgeBase current, string query, string language, int top, double minScore, CancellationToken cancellationToken)
    {
        var keyword = current.Search(query, language, current.MaxResults, minScore);
        var ready = articles.For(current);
        var asked = ready.Count == 0 ? null : await queries.EmbedAsync(query, cancellationToken).ConfigureAwait(false);
        if (asked is null)
        {
            return [.. keyword.Take(top)];
        }

        var floor = options.Value.EmbeddingMinSimilarity;
        var meaning = ready
            .GroupBy(p => p.Key.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(p => Vectors.Relevance(Vectors.Cosine(asked, p.Value), floor)), StringComparer.Ordinal);
        var byKeyword = keyword.ToDictionary(h => h.ArticleId, StringComparer.Ordinal);
        var ranked = byKeyword.Keys.Union(meaning.Where(p => p.Value > 0).Select(p => p.Key))
            .Select(id => (Id: id, Score: Math.Round(Combine(byKeyword.GetValueOrDefault(id)?.Score ?? 0, meaning.GetValueOrDefault(id)), 4)))
            .Where(r => r.Score >= minScore)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(Math.Min(top, current.MaxResults));
        return [.. ranked
            .Select(r => byKeyword.TryGetValue(r.Id, out var hit) ? hit with { Score = r.Score } : current.HitFor(r.Id, query, language, r.Score))
            .OfType<KnowledgeHit>()];
    }

    public async Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken) =>
        await (await knowledge.CurrentAsync(cancellationToken).ConfigureAwait(false)).GetArticleAsync(articleId, language, cancellationToken).ConfigureAwait(false);

    /// <summary>The better signal, and a share of the other: both agreeing beats either alone; capped at 1.</summary>
    internal static double Combine(double keyword, double meaning) =>
        Math.Min(1, Math.Max(keyword, meaning) + (Agreement * Math.Min(keyword, meaning)));
}
