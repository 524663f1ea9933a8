namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>The verbs of the knowledge answer card and the fields its data carries.</summary>
internal static class KnowledgeVerbs
{
    public const string Helpful = "kb.helpful";
    public const string NotHelpful = "kb.notHelpful";
    public const string Full = "kb.full";
    public const string Open = "kb.open";

    public const string ArticleField = "articleId";
    public const string QuestionField = "question";

    /// <summary>A question carried in card data is cut to this (it pre-fills an incident's description).</summary>
    public const int MaxQuestion = 4_000;
}
