using System.Globalization;
using System.Text;
using ServiceDesk.Dialogs.Text;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

// How a typed message is compared with the interrupt phrases: folded the same way, and forgiving a fast typist's slips.
internal static partial class Interrupts
{
    private static bool CloseEnough(List<string> words, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var allowed = Vocabulary.AllowedTypos(phrase[i].Length);
            if (words[i] != phrase[i] && (allowed == 0 || EditDistance.Bounded(words[i], phrase[i], allowed) > allowed)
                && !SlipOfTheFingers(words[i], phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The typos of a fast typist that the edit distance counts twice or not at all in a short word: a letter doubled or
    /// undoubled ("anulle", "annnule", "cancell") and two neighbouring letters swapped ("hlep", "mneu", "cancle"), from
    /// four letters; the whole message must still be the interrupt, so "form" is never read as "from".
    /// </summary>
    private static bool SlipOfTheFingers(string typed, string word)
    {
        if (typed.Length < 4 || word.Length < 4)
        {
            return false;
        }

        if (Undoubled(typed) == Undoubled(word))
        {
            return true;
        }

        if (typed.Length != word.Length)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] != word[i])
            {
                if (first >= 0)
                {
                    return i == first + 1 && typed[first] == word[i] && typed[i] == word[first] && typed[(i + 1)..] == word[(i + 1)..];
                }

                first = i;
            }
        }

        return false;
    }

    private static string Undoubled(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower case, no accents, single spaces, no trailing punctuation (but "?" alone stays "?").</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var trimmed = text.Trim();
        var withoutPunctuation = trimmed.TrimEnd('.', '!', '?', '…', ';', ':', ',', ' ', '\u00A0');
        if (withoutPunctuation.Length == 0)
        {
            return trimmed.StartsWith('?') ? "?" : string.Empty;
        }

        var builder = new StringBuilder(withoutPunctuation.Length);
        var lastWasSpace = false;
        foreach (var c in withoutPunctuation.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString();
    }
}
