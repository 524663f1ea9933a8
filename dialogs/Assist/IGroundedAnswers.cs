namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// Port: an answer written by a language model from the knowledge base's passages only. The dialogs never learn which
/// model, provider or library answers; with none configured the implementation answers null at once.
/// </summary>
public interface IGroundedAnswers
{
    /// <summary>
    /// The model's answer to <paramref name="question"/>, or null when no model may answer now (none configured, daily
    /// budget spent, endpoint failing, too slow, malformed answer): the caller then gives the answer it gives without a
    /// model. An answer's citations are always among the passages given.
    /// </summary>
    Task<GroundedAnswer?> AnswerAsync(GroundedQuestion question, CancellationToken cancellationToken);
}

/// <summary>One retrieved passage: the article it comes from, its title, the text, the language it is written in.</summary>
public sealed record GroundedPassage(string ArticleId, string Title, string Text, string Language);

/// <summary>The employee's question, the language to answer in ("en" or "fr"), and the passages retrieved for it.</summary>
public sealed record GroundedQuestion(string Question, string Language, IReadOnlyList<GroundedPassage> Passages);

/// <summary>
/// The model's answer. <paramref name="Supported"/> false: the passages do not answer the question (the honest "I don't
/// know"). When true, <paramref name="Text"/> is not empty and <paramref name="CitedArticleIds"/> holds at least one of
/// the passages' article ids, and no other.
/// </summary>
public sealed record GroundedAnswer(bool Supported, string Text, IReadOnlyList<string> CitedArticleIds)
{
    public static GroundedAnswer NotSupported { get; } = new(false, string.Empty, []);
}
