namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>
/// Port: knowledge articles written from the bot (a known error's workaround published by an agent), stored beside the
/// article files and searched with them. Saving an article again (same id and language) replaces it.
/// </summary>
public interface IKnowledgeArticleStore
{
    Task SaveAsync(IReadOnlyList<KnowledgeArticle> versions, CancellationToken cancellationToken);

    /// <summary>Every stored article, each language's version on its own.</summary>
    Task<IReadOnlyList<KnowledgeArticle>> ListAsync(CancellationToken cancellationToken);
}
