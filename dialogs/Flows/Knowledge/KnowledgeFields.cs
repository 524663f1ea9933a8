namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>The fields the knowledge answer card's buttons carry (verbs: <see cref="Cards.KnowledgeVerbs"/>).</summary>
internal static class KnowledgeFields
{
    public const string Article = "articleId";
    public const string Query = "query";

    /// <summary>"model" on the feedback of an answer the language model wrote.</summary>
    public const string By = "by";

    /// <summary>Other results shown under the best one.</summary>
    public const int Others = Cards.KnowledgeAnswerCard.MaxOtherResults;
}
