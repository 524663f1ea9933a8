namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>
/// What a search found: <paramref name="Hits"/>, the answers over the search's relevance threshold (best first, as
/// <see cref="IKnowledgeSearch.SearchAsync"/> returns them), and <paramref name="Near"/>, the articles that scored under
/// it down to the floor asked for (best first): never an answer on their own, at most something to offer beside one.
/// </summary>
public sealed record KnowledgeResults(IReadOnlyList<KnowledgeHit> Hits, IReadOnlyList<KnowledgeHit> Near);
