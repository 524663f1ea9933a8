using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>The texts of an article the index weighs separately, in the order of <see cref="KnowledgeIndex.FieldWeights"/>.</summary>
internal static class ArticleFields
{
    /// <summary>The field of the article's body, what is not a heading (<see cref="Of"/>).</summary>
    public const int Body = 4;

    /// <summary>The field of the questions the article answered (<see cref="Of"/>); the fields before it are the article's own text.</summary>
    public const int Questions = 5;

    /// <summary>The field of the article's version in the other language (<see cref="Of"/>).</summary>
    public const int OtherLanguage = 6;

    /// <summary>
    /// Title, aliases, tags, headings, body, the questions it answered, and what its version in the other language says
    /// of it (title, aliases, tags, headings, questions; <paramref name="other"/>, null when there is none): a French
    /// question with an English word ("mon compte est locked") or a word only the English version has still meets the
    /// article, and the two versions back each other up.
    /// </summary>
    public static string[] Of(KnowledgeArticle article, KnowledgeArticle? other = null)
    {
        var (headings, body) = Split(article.Body);
        return
        [
            article.Title,
            string.Join('\n', article.Aliases),
            string.Join('\n', article.Tags),
            headings,
            body,
            string.Join('\n', article.Questions),
            other is null ? string.Empty : Summary(other),
        ];
    }

    private static string Summary(KnowledgeArticle article) =>
        string.Join('\n', [article.Title, .. article.Aliases, .. article.Tags, Split(article.Body).Headings, .. article.Questions]);

    private static (string Headings, string Body) Split(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headings = lines.Where(l => l.TrimStart().StartsWith('#')).Select(l => l.TrimStart().TrimStart('#'));
        var body = lines.Where(l => !l.TrimStart().StartsWith('#'));
        return (string.Join('\n', headings), string.Join('\n', body));
    }
}
