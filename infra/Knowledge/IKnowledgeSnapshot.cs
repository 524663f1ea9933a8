namespace ServiceDesk.Infra.Knowledge;

/// <summary>
/// The knowledge base as it stands now (the article files, and the articles published from the bot when they are
/// searched too), for a search that ranks its articles another way as well (by meaning, with an embedding model).
/// </summary>
internal interface IKnowledgeSnapshot
{
    Task<KnowledgeBase> CurrentAsync(CancellationToken cancellationToken);
}
