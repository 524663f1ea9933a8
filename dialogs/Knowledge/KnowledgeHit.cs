namespace ServiceDesk.Dialogs.Knowledge;

/// <summary>
/// One answer to a question. <paramref name="Passage"/> is the paragraph or step block that matched best, as plain
/// lines ("1. " and "- " start list items, "## " a heading); show it literally. <paramref name="Source"/> is the
/// article's file, relative to the knowledge folder (e.g. <c>en/password-reset.md</c>). <paramref name="Language"/> is
/// the language the article is shown in: the one asked for when the article exists in it, else the other one.
/// </summary>
public sealed record KnowledgeHit(
    string ArticleId, string Title, string Passage, double Score, string Service, string Source, string Language = KnowledgeLanguage.English);

/// <summary>
/// A whole article in one language. <paramref name="Body"/> is the Markdown after the front matter (headings, paragraphs,
/// "1. " and "- " lists, no HTML). EN and FR versions of one article share <paramref name="Id"/>; an article may exist in
/// one language only.
/// </summary>
public sealed record KnowledgeArticle(
    string Id,
    string Language,
    string Title,
    IReadOnlyList<string> Tags,
    string Service,
    DateOnly Updated,
    string Body,
    string Source)
{
    /// <summary>How employees word the problem ("my disk is full", "plus de place"): searched like the title.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Questions employees asked that this article answered (front matter <c>questions:</c>), learned from labelled
    /// questions: searched as a field of their own, so a new wording near a seen one finds the article.
    /// </summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>
    /// Tasks the article explains that its title, aliases, headings and questions do not say with a task's verb (front
    /// matter <c>tasks:</c>, e.g. <c>[install]</c>): the search reads the rest from those texts itself.
    /// </summary>
    public IReadOnlyList<string> Tasks { get; init; } = [];
}
