namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The shape of a message beyond its words: asked or stated. "Is Outlook down?" asks about an outage, "Outlook down,
/// can't send anything" reports an incident; "when does my password expire" is a question, not a fault.
/// </summary>
internal static class IntentShape
{
    public const double OutageAsked = 1.3;
    public const double OutageStated = 0.6;
    public const double QuestionWordWeight = 1.5;
    public const double FollowUpWeight = 8;
    public const double AskedFollowUpWeight = 20;
    public const double TicketListWeight = 3;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "what", "whats", "when", "where", "why", "which", "who", "can", "could", "should", "do", "does", "is", "are", "any",
        "comment", "quand", "pourquoi", "ou", "quel", "quelle", "quels", "quelles", "combien", "puis", "peut", "est", "y", "ya",
        "que", "qu",
    };

    /// <summary>A question mark, or a sentence opening like one ("is", "how", "est-ce que", "y a-t-il").</summary>
    public static bool IsQuestion(string? text, IReadOnlyList<string> words) =>
        (text is not null && text.Contains('?', StringComparison.Ordinal)) || StartsWithQuestionWord(words);

    public static bool StartsWithQuestionWord(IReadOnlyList<string> words) => words.Count > 1 && QuestionWords.Contains(words[0]);
}
