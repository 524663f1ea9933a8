using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>
/// Whether a problem is asked about or only stated. "I lost my work phone, what should I do", "password expires in 5
/// days, change it how" and "mail bizarre, c'est une arnaque ?" ask for the fix: the article comes first from the
/// same score as a question's answer. "my vpn keeps disconnecting" only reports: the incident form comes first unless
/// an article is a clear match.
/// </summary>
internal static class ProblemShape
{
    private static readonly HashSet<string> AskingWords = new(StringComparer.Ordinal)
    {
        "how", "howto", "what", "whats", "why", "comment", "quoi", "pourquoi",
    };

    public static bool Asks(string text)
    {
        var words = TextFolding.Words(text);
        if (IntentShape.IsQuestion(text, words) || words.Any(AskingWords.Contains) || AskingClause.AsksTheWay(text) || AskingClause.AsksAdvice(text))
        {
            return true;
        }

        // "que faire", "quoi faire".
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "que" && words[i + 1] is "faire")
            {
                return true;
            }
        }

        return false;
    }
}
