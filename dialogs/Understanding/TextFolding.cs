using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Turns typed text into comparable words: lower case, no accents, ligatures spelled out, punctuation as
/// word breaks. English contractions are joined ("doesn't" → "doesnt", as people also type it) while French
/// elisions are split ("l'imprimante" → "l", "imprimante"); texting spellings are read as their words ("tkt" →
/// "ticket", <see cref="Shorthand"/>).
/// </summary>
internal static class TextFolding
{
    /// <summary>Intents are said early; past this only the ticket-number scan reads the text.</summary>
    public const int MaxCharacters = 2_000;

    private static readonly string[] ContractionSuffixes = ["t", "s", "d", "ll", "re", "ve", "m"];

    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var prefix = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        var decomposed = Decompose(prefix);
        var word = new StringBuilder();
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(word, c);
            }
            else if (IsApostrophe(c) && IsEnglishContraction(word, decomposed, i + 1))
            {
                continue;
            }
            else
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        return words;
    }

    /// <summary>Accents apart from their letters; a broken surrogate pair (pasted binary) is a space, never an exception.</summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var clean = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    clean.Append(c).Append(text[++i]);
                }
                else
                {
                    clean.Append(char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? ' ' : c);
                }
            }

            return clean.ToString().Normalize(NormalizationForm.FormD);
        }
    }

    /// <summary>One folded string with single spaces, for comparing whole phrases.</summary>
    public static string Fold(string? text) => string.Join(' ', Words(text));

    private static void AppendFolded(StringBuilder word, char c)
    {
        switch (c)
        {
            case 'œ' or 'Œ': word.Append("oe"); break;
            case 'æ' or 'Æ': word.Append("ae"); break;
            case 'ß': word.Append("ss"); break;
            default: word.Append(char.ToLowerInvariant(c)); break;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or 'ʼ' or '´';

    /// <summary>"doesn't", "what's", "i'd": a short English suffix after a word of two letters or more (not French "qu'").</summary>
    private static bool IsEnglishContraction(StringBuilder word, string text, int suffixStart)
    {
        var suffix = SuffixAt(text, suffixStart);
        if (word.Length == 1)
        {
            return word[0] == 'i' && suffix is "d" or "m" or "ll" or "ve";
        }

        if (word.Length == 0 || (word[^2] == 'q' && word[^1] == 'u'))
        {
            return false;
        }

        return Array.IndexOf(ContractionSuffixes, suffix) >= 0;
    }

    private static string SuffixAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 2 && char.IsLetter(text[end]))
        {
            end++;
        }

        return end - start is 0 or > 2 ? string.Empty : text[start..end].ToLowerInvariant();
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            var folded = word.ToString();
            if (Shorthand.Of(folded) is { } expanded)
            {
                words.AddRange(expanded);
            }
            else
            {
                words.Add(folded);
            }

            word.Clear();
        }
    }
}
