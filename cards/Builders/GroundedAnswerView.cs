namespace ServiceDesk.Cards;

/// <summary>
/// What the generated answer card shows, already in the reader's language. <see cref="Answer"/> is the language
/// model's text (plain lines, "1. " a step, shown literally); <see cref="Sources"/> are the articles it cites, each
/// opening the full article (verb <c>kb.open</c>); <see cref="AiLabel"/> says the answer is AI-generated. Yes/No carry
/// the first source, the question and <c>by: model</c>, so a "Yes" is recorded as answered by the model.
/// </summary>
public sealed record GroundedAnswerView(
    string AiLabel,
    string Answer,
    string SourcesLabel,
    IReadOnlyList<KnowledgeOtherResult> Sources,
    string Query,
    string HelpfulQuestion,
    string YesLabel,
    string NoLabel,
    string? Intro = null);
