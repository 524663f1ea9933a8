using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>
/// The knowledge base the bot searches: the article files plus the articles published from the bot (a known error's
/// workaround), stored in the records. The search itself is the files' <see cref="KnowledgeBase"/>, built again over
/// both when an article is published here, or when the stored ones were last read more than
/// <see cref="RefreshAfter"/> ago (another instance may have published one). Building it over a few dozen articles
/// takes milliseconds; searches meanwhile use the previous one. Storage out of reach: the last one built answers.
/// </summary>
internal sealed partial class PublishedKnowledge(
    KnowledgeBase files, TableProblemStore stored, IOptions<KnowledgeOptions> options, TimeProvider clock, ILogger<PublishedKnowledge> logger)
    : IKnowledgeSearch, IKnowledgeArticleStore, IKnowledgeSnapshot
{
    internal static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<KnowledgeArticle>>?> fileArticles =
        new(() => files.Folder is { } folder ? KnowledgeLoader.Load(folder) : null);

    private volatile Built? current;

    private sealed record Built(KnowledgeBase Search, DateTimeOffset ReadAt);

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken) =>
        await (await CurrentAsync(false, cancellationToken).ConfigureAwait(false)).SearchAsync(query, language, top, cancellationToken).ConfigureAwait(false);

    public async Task<KnowledgeResults> SearchNearAsync(string query, string language, int top, double floor, CancellationToken cancellationToken) =>
        await (await CurrentAsync(false, cancellationToken).ConfigureAwait(false)).SearchNearAsync(query, language, top, floor, cancellationToken).ConfigureAwait(false);

    public async Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken) =>
        await (await CurrentAsync(false, cancellationToken).ConfigureAwait(false)).GetArticleAsync(articleId, language, cancellationToken).ConfigureAwait(false);

    public async Task SaveAsync(IReadOnlyList<KnowledgeArticle> versions, CancellationToken cancellationToken)
    {
        await stored.SaveAsync(versions, cancellationToken).ConfigureAwait(false);
        await CurrentAsync(true, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<KnowledgeArticle>> ListAsync(CancellationToken cancellationToken) => stored.ListAsync(cancellationToken);

    public Task<KnowledgeBase> CurrentAsync(CancellationToken cancellationToken) => CurrentAsync(false, cancellationToken);

    private async Task<KnowledgeBase> CurrentAsync(bool reload, CancellationToken cancellationToken)
    {
        var built = current;
        if (!reload && built is not null && clock.GetUtcNow() - built.ReadAt < RefreshAfter)
        {
            return built.Search;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            built = current;
            if (!reload && built is not null && clock.GetUtcNow() - built.ReadAt < RefreshAfter)
            {
                return built.Search;
            }

            current = built = await BuildAsync(built, cancellationToken).ConfigureAwait(false);
            return built.Search;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Built> BuildAsync(Built? previous, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (fileArticles.Value is not { } fromFiles)
        {
            return new(files, now);
        }

        IReadOnlyList<KnowledgeArticle> published;
        try
        {
            published = await stored.ListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Dialogs.Ports.StorageUnavailableException ex)
        {
            // Employees still get the articles: the ones built last (or the files), tried again after RefreshAfter.
            LogUnavailable(ex);
            return new(previous?.Search ?? files, now);
        }

        if (published.Count == 0)
        {
            return new(files, now);
        }

        var merged = fromFiles.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<KnowledgeArticle>)[.. p.Value.Where(a => !published.Any(s => s.Language == p.Key && s.Id == a.Id)), .. published.Where(s => s.Language == p.Key)],
            StringComparer.Ordinal);
        return new(new KnowledgeBase(merged, options.Value), now);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Published knowledge articles could not be read; searching the articles built last")]
    private partial void LogUnavailable(Exception exception);
}
