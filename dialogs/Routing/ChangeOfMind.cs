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
        "actually", "actualy", "acutally", "rather", "instead", "instaed", "finalement", "finalment", "plutot",
    };

    /// <summary>Phrases of several words, folded ("en fait", "à la place", "on second thought", "changé d'avis").</summary>
    private static readonly string[][] Phrases = Split(
        "second thought", "second thoughts", "changed my mind", "change my mind", "change of plan", "change of plans",
        "what i really need", "what i actually need", "a la place", "en fait", "tout compte fait", "change d avis",
        "changer d avis", "changement de plan", "ce qu il me faut", "ce dont j ai besoin");

    /// <summary>
    /// Words that drop the current request ("scratch that", "forget that", "laisse tomber"): a change of mind when
    /// another request follows, but also how a plain cancel is said ("laisse tomber, ça remarche"), so they count only
    /// where the message was not already read as a cancel.
    /// </summary>
    private static readonly HashSet<string> DropWords = new(StringComparer.Ordinal) { "scratch", "nah" };

    private static readonly string[][] DropPhrases = Split(
        "forget that", "forget the", "forget this", "no wait", "laisse tomber", "oublie ca", "oublie le", "oublie la", "non attends");

    /// <summary>Whether the message has words that take back the current request; <paramref name="dropping"/>: the cancel-like ones too.</summary>
    public static bool Says(string? text, bool dropping = true)
    {
        var words = TextFolding.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if ((Words.Contains(words[i]) && !Compares(words, i)) || At(words, i, Phrases, compared: true)
                || (dropping && (DropWords.Contains(words[i]) || At(words, i, DropPhrases))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "prints blank pages instead of the document", "slower rather than faster", "plutôt que de s'ouvrir": a comparison
    /// that describes the fault, not a wish taken back.
    /// </summary>
    private static bool Compares(List<string> words, int i) =>
        i + 1 < words.Count && words[i + 1] is "of" or "than" or "que" or "qu" or "de" or "d" or "du" or "des";

    private static bool At(List<string> words, int i, string[][] phrases, bool compared = false)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length <= words.Count && phrase.Select((w, k) => words[i + k] == w).All(same => same)
                && !(compared && Compares(words, i + phrase.Length - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Split(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
