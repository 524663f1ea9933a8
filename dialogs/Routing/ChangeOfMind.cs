using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// "actually scratch that, I'd rather get a new headset", "en fait je veux juste commander un casque", "finalement
/// plutôt un accès au CRM": words that take back what was being asked, said anywhere in the message. Inside a form, a
/// message with such a word and another kind of request recognised is a change of mind, even when it is a plain
/// statement that a free-text step would otherwise take as its answer. By the kind of word, in English and French,
/// accents and case folded.
/// </summary>
internal static class ChangeOfMind
{
    /// <summary>One word is enough ("actually", "plutôt", "finalement", "instead").</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "actually", "actualy", "acutally", "rather", "instead", "instaed", "scratch", "nah", "finalement", "plutot",
        "finalment",
    };

    /// <summary>Phrases of several words, folded ("en fait", "à la place", "on second thought", "changé d'avis").</summary>
    private static readonly string[][] Phrases =
    [
        .. new[]
        {
            "second thought", "second thoughts", "changed my mind", "change my mind", "change of plan", "change of plans",
            "forget that", "forget the", "forget this", "no wait", "what i really need", "what i actually need",
            "a la place", "en fait", "tout compte fait", "change d avis", "changer d avis", "changement de plan", "laisse tomber",
            "oublie ca", "oublie le", "oublie la", "non attends", "ce qu il me faut", "ce dont j ai besoin",
        }.Select(p => p.Split(' ')),
    ];

    public static bool Says(string? text)
    {
        var words = TextFolding.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (Words.Contains(words[i]))
            {
                return true;
            }

            foreach (var phrase in Phrases)
            {
                if (i + phrase.Length <= words.Count && phrase.Select((w, k) => words[i + k] == w).All(same => same))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
