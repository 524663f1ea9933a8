using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Knowledge articles published from a problem's workaround, in partition <c>kb</c>, one row per article and language
/// (row = <c>{id}|{language}</c>): saving again replaces it. A few dozen at most, read whole by the knowledge search.
/// </summary>
internal sealed partial class TableProblemStore : IKnowledgeArticleStore
{
    private const string ArticlePartition = "kb";

    public async Task SaveAsync(IReadOnlyList<KnowledgeArticle> versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        foreach (var article in versions)
        {
            var row = new TableEntity(ArticlePartition, TableKey.Encode(article.Id + "|" + article.Language));
            RecordJson.Write(row, article);
            (await store.Table.UpsertAsync(row, cancellationToken).ConfigureAwait(false)).OrThrow("article save");
        }
    }

    public async Task<IReadOnlyList<KnowledgeArticle>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await store.ReadAllAsync(new TableQuery(ArticlePartition), "article query", cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RecordJson.Read<KnowledgeArticle>(r))];
    }
}
