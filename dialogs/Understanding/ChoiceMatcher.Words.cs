using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

// How a typed word meets an option's word: typos, longer forms, a negation just before.
internal sealed partial class ChoiceMatcher
{
    private static bool Explains(string word, Phrase[] phrases)
    {
        foreach (var phrase in phrases)
        {
            foreach (var candidate in phrase.Words)
            {
                if (Same(word, candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Find(List<string> typed, string word)
    {
        for (var t = 0; t < typed.Count; t++)
        {
            if (Same(typed[t], word))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// The words without "du tout" / "at all" when a negation comes before them. The typed words are left as they are
    /// otherwise (a new list only when something is taken off).
    /// </summary>
    private static List<string> WithoutIntensifiers(List<string> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if ((words[i], words[i + 1]) is ("du", "tout") or ("at", "all") && words.Take(i).Any(Negators.Contains))
            {
                var kept = new List<string>(words);
                kept.RemoveRange(i, 2);
                return WithoutIntensifiers(kept);
            }
        }

        return words;
    }

    /// <summary>"not just me", "pas juste moi": a negation one or two words before.</summary>
    private static bool Negated(List<string> typed, int at) =>
        (at >= 1 && Negators.Contains(typed[at - 1])) || (at >= 2 && Negators.Contains(typed[at - 2]));

    /// <summary>Equal, one typo (two from 8 letters) from 4 letters, or a longer form of a word of 5 letters or more ("bloque", "bloquee").</summary>
    internal static bool Same(string typed, string word)
    {
        if (string.Equals(typed, word, StringComparison.Ordinal))
        {
            return true;
        }

        var shorter = Math.Min(typed.Length, word.Length);
        if (shorter < 4 || char.IsAsciiDigit(typed[0]) || char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        if (shorter >= 5 && (typed.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(typed, StringComparison.Ordinal)))
        {
            return Math.Abs(typed.Length - word.Length) <= 3;
        }

        // People rarely miss both of the first two letters: a cheap filter before the distance.
        if (typed[0] != word[0] && typed[1] != word[1] && (typed[0] != word[1] || typed[1] != word[0]))
        {
            return false;
        }

        var allowed = shorter >= 8 ? 2 : 1;
        return Math.Abs(typed.Length - word.Length) <= allowed && EditDistance.Bounded(typed, word, allowed) <= allowed;
    }
}
