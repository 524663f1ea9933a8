using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge.Search;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>
/// The articles of every language, loaded and indexed once; implements <see cref="IKnowledgeSearch"/>.
/// Nothing changes after construction, so it is one shared instance for every turn on every thread.
/// </summary>
internal sealed class KnowledgeBase : IKnowledgeSearch
{
    private readonly FrozenDictionary<string, KnowledgeIndex> indexes;
    private readonly FrozenDictionary<(string Language, string Id), KnowledgeArticle> byId;
    private readonly KnowledgeOptions options;

    public KnowledgeBase(IReadOnlyDictionary<string, IReadOnlyList<KnowledgeArticle>> articles, KnowledgeOptions options)
    {
        this.options = options;
        indexes = articles.ToFrozenDictionary(p => p.Key, p => new KnowledgeIndex(p.Key, p.Value, options.PassageMaxLength));
        byId = articles.SelectMany(p => p.Value).ToFrozenDictionary(a => (a.Language, a.Id));
    }

    public KnowledgeBase(IOptions<KnowledgeOptions> options, string folder)
        : this(KnowledgeLoader.Load(folder), options.Value)
    {
        Folder = folder;
    }

    public string? Folder { get; }

    public int CountOf(string language) => indexes.TryGetValue(language, out var index) ? index.Count : 0;

    internal KnowledgeIndex IndexFor(string language) => indexes[Normalize(language)];

    public IReadOnlyList<KnowledgeHit> Search(string query, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (top <= 0 || string.IsNullOrWhiteSpace(query) || !indexes.TryGetValue(Normalize(language), out var index))
        {
            return [];
        }

        var cut = query.Length > options.MaxQueryLength ? query[..options.MaxQueryLength] : query;
        return index.Search(cut, Math.Min(top, options.MaxResults), options.MinScore);
    }

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Search(query, language, top));
    }

    public Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(articleId is null ? null : byId.GetValueOrDefault((Normalize(language), articleId)));
    }

    private static string Normalize(string? language) => KnowledgeLanguage.FromLocale(language);
}
