using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge.Search;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>
/// The articles of every language, loaded and indexed once; implements <see cref="IKnowledgeSearch"/>.
/// Nothing changes after construction, so it is one shared instance for every turn on every thread.
/// </summary>
internal sealed class KnowledgeBase : IKnowledgeSearch, IKnowledgeSnapshot
{
    private readonly Lazy<FrozenDictionary<string, KnowledgeIndex>> built;
    private readonly FrozenDictionary<string, int> counts;
    private readonly FrozenDictionary<(string Language, string Id), KnowledgeArticle> byId;
    private readonly KnowledgeOptions options;

    public KnowledgeBase(IReadOnlyDictionary<string, IReadOnlyList<KnowledgeArticle>> articles, KnowledgeOptions options)
    {
        this.options = options;
        // The articles are read and checked by the caller (a malformed one stops the start); indexing them (stems,
        // postings, typo vocabulary, passages of both languages) is a tenth of the start's CPU that a `help`, a form step
        // or a command never needs, so it happens at the first search instead, once, other searches waiting for it.
        built = new(
            () => articles.ToFrozenDictionary(
                p => p.Key,
                p => new KnowledgeIndex(p.Key, p.Value, options.PassageMaxLength, OtherVersions(articles, p.Key))),
            LazyThreadSafetyMode.ExecutionAndPublication);
        counts = articles.ToFrozenDictionary(p => p.Key, p => p.Value.Count);
        byId = articles.SelectMany(p => p.Value).ToFrozenDictionary(a => (a.Language, a.Id));
    }

    private FrozenDictionary<string, KnowledgeIndex> Indexes => built.Value;

    /// <summary>Every article of the languages other than <paramref name="language"/>, by id (the first language first).</summary>
    private static Dictionary<string, KnowledgeArticle> OtherVersions(
        IReadOnlyDictionary<string, IReadOnlyList<KnowledgeArticle>> articles, string language)
    {
        var others = new Dictionary<string, KnowledgeArticle>(StringComparer.Ordinal);
        foreach (var (other, list) in articles.Where(p => p.Key != language).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var article in list)
            {
                others.TryAdd(article.Id, article);
            }
        }

        return others;
    }

    public KnowledgeBase(IOptions<KnowledgeOptions> options, string folder)
        : this(KnowledgeLoader.Load(folder), options.Value)
    {
        Folder = folder;
    }

    public string? Folder { get; }

    public int CountOf(string language) => counts.GetValueOrDefault(language);

    /// <summary>Every article, each language's version on its own.</summary>
    public IEnumerable<KnowledgeArticle> Articles => byId.Values;

    /// <summary>The relevance under which a hit is not shown.</summary>
    public double MinScore => options.MinScore;

    /// <summary>The most hits one search returns.</summary>
    public int MaxResults => options.MaxResults;

    Task<KnowledgeBase> IKnowledgeSnapshot.CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(this);

    /// <summary>
    /// The hit for an article found another way (by meaning), scored <paramref name="score"/>: shown in
    /// <paramref name="language"/> when it exists in it, else in its other language, with the block that holds most of
    /// the question's words (the first block when none does). Null when no article has this id.
    /// </summary>
    public KnowledgeHit? HitFor(string articleId, string query, string language, double score)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wanted = Normalize(language);
        var index = Indexes.TryGetValue(wanted, out var shown) && shown.Has(articleId)
            ? shown
            : Indexes.Values.FirstOrDefault(i => i.Has(articleId));
        var cut = query.Length > options.MaxQueryLength ? query[..options.MaxQueryLength] : query;
        return index?.Hit(articleId, score, index.Analyze(cut), null);
    }

    internal KnowledgeIndex IndexFor(string language) => Indexes[Normalize(language)];

    /// <summary>
    /// Searches the articles of every language, so a French question from an English Teams finds its answer: each
    /// article scores its best over the languages, and is shown in <paramref name="language"/> when it exists in it,
    /// else in the language it was found in (the hit says which).
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string query, string language, int top) => Search(query, language, top, options.MinScore);

    /// <summary>
    /// The hits over the threshold, and the ones under it from <paramref name="floor"/> (at most <paramref name="top"/>
    /// of each), for articles to offer beside an answer or in place of one.
    /// </summary>
    public KnowledgeResults SearchNear(string query, string language, int top, double floor)
    {
        var count = Math.Min(top, options.MaxResults);
        return new(
            Search(query, language, count, options.MinScore),
            floor >= options.MinScore ? [] : Search(query, language, count, floor, below: options.MinScore));
    }

    /// <summary>
    /// The hits of <see cref="Search(string, string, int)"/> from <paramref name="minScore"/> instead of the threshold;
    /// with <paramref name="below"/>, only those that score under it.
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string query, string language, int top, double minScore, double below = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (top <= 0 || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var wanted = Normalize(language);
        var cut = query.Length > options.MaxQueryLength ? query[..options.MaxQueryLength] : query;
        var best = new Dictionary<string, (double Score, KnowledgeIndex Index)>(StringComparer.Ordinal);
        var read = new Dictionary<string, QueryTerms>(StringComparer.Ordinal);
        var indexes = Indexes;
        foreach (var index in indexes.Values)
        {
            // A word another language's articles use is that language's, not a typo to correct in this one.
            var terms = read[index.Language] = index.Analyze(cut, word => indexes.Values.Any(other => other != index && other.Knows(word)));
            foreach (var (id, score) in index.Score(terms, minScore))
            {
                if (!best.TryGetValue(id, out var found) || score > found.Score || (score == found.Score && index.Language == wanted))
                {
                    best[id] = (score, index);
                }
            }
        }

        return [.. best
            .Where(p => p.Value.Score < below)
            .OrderByDescending(p => p.Value.Score).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(Math.Min(top, options.MaxResults))
            .Select(p => Hit(p.Key, p.Value.Score, p.Value.Index, wanted, read))];
    }

    private KnowledgeHit Hit(string id, double score, KnowledgeIndex found, string wanted, Dictionary<string, QueryTerms> read)
    {
        if (found.Language == wanted || !Indexes.TryGetValue(wanted, out var shown) || !shown.Has(id))
        {
            return found.Hit(id, score, read[found.Language], null);
        }

        // The versions of one article follow the same outline: the block that answered in the question's language.
        return shown.Hit(id, score, read[wanted], found.BestBlock(id, read[found.Language]).Block);
    }

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query, language, top));
    }

    public Task<KnowledgeResults> SearchNearAsync(string query, string language, int top, double floor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SearchNear(query, language, top, floor));
    }

    public Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(articleId is null ? null : byId.GetValueOrDefault((Normalize(language), articleId)));
    }

    private static string Normalize(string? language) => KnowledgeLanguage.FromLocale(language);
}
