namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>
/// The knowledge base: ranked answers to an employee's question and whole articles. Languages are
/// <see cref="KnowledgeLanguage.English"/> and <see cref="KnowledgeLanguage.French"/>; anything else is read as English.
/// Hits below the configured relevance threshold are never returned, so an empty list means "I don't know".
/// </summary>
public interface IKnowledgeSearch
{
    /// <summary>At most <paramref name="top"/> hits, best first, each with the passage that best answers the query.</summary>
    Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, string language, int top, CancellationToken cancellationToken);

    /// <summary>
    /// The hits of <see cref="SearchAsync"/>, and besides them the articles that scored under the relevance threshold
    /// but at least <paramref name="floor"/> (at most <paramref name="top"/> of each). A search that cannot score under
    /// its threshold returns no near ones.
    /// </summary>
    async Task<KnowledgeResults> SearchNearAsync(string query, string language, int top, double floor, CancellationToken cancellationToken) =>
        new(await SearchAsync(query, language, top, cancellationToken).ConfigureAwait(false), []);

    /// <summary>The whole article, or null when no article has this id in this language.</summary>
    Task<KnowledgeArticle?> GetArticleAsync(string articleId, string language, CancellationToken cancellationToken);
}
