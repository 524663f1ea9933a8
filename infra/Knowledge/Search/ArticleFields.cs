using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>The texts of an article the index weighs separately, in the order of <see cref="KnowledgeIndex.FieldWeights"/>.</summary>
internal static class ArticleFields
{
    public static string[] Of(KnowledgeArticle article)
    {
        var lines = article.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headings = lines.Where(l => l.TrimStart().StartsWith('#')).Select(l => l.TrimStart().TrimStart('#'));
        var body = lines.Where(l => !l.TrimStart().StartsWith('#'));
        return
        [
            article.Title,
            string.Join('\n', article.Aliases),
            string.Join('\n', article.Tags),
            string.Join('\n', headings),
            string.Join('\n', body),
        ];
    }
}
