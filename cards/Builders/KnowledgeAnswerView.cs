namespace ServiceDesk.Cards;

/// <summary>
/// What the knowledge answer card shows, already in the reader's language. <see cref="Title"/>, <see cref="Passage"/>
/// and <see cref="FullArticle"/> are article text: plain lines where "## " starts a heading, "1. " a step and "- " a
/// bullet; the card shows them literally. <see cref="Query"/> is the employee's question, carried back by the
/// Yes/No buttons so a "No" can pre-fill an incident. Without <see cref="FullArticle"/>, "show the full article" asks
/// the bot (verb <c>kb.full</c>) instead of unfolding it in place.
/// </summary>
public sealed record KnowledgeAnswerView(
    string ArticleId,
    string Query,
    string Title,
    string Passage,
    string ShowFullLabel,
    string HelpfulQuestion,
    string YesLabel,
    string NoLabel,
    string? FullArticle = null,
    string? Intro = null,
    string? OtherResultsLabel = null,
    IReadOnlyList<KnowledgeOtherResult>? OtherResults = null);

/// <summary>Another article that may answer: its title opens it (verb <c>kb.open</c>).</summary>
public sealed record KnowledgeOtherResult(string ArticleId, string Title);

/// <summary>The verbs of the knowledge answer card's buttons; their data holds <c>articleId</c> and, for feedback, <c>query</c>.</summary>
public static class KnowledgeVerbs
{
    public const string Full = "kb.full";
    public const string Helpful = "kb.helpful";
    public const string NotHelpful = "kb.notHelpful";
    public const string Open = "kb.open";
}
