namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>
/// A light English stemmer on folded words: plurals, -ing, -ed, -ly and a final e, so "printers", "printing" and
/// "printed" meet "print", "locked"/"locks" meet "lock" and "installation" meets "install". Deliberately not Porter: fewer surprising collisions.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]))
        {
            return word;
        }

        var stem = Plural(word);
        if (TryStrip(stem, "ing", out var s) || TryStrip(stem, "ed", out s))
        {
            stem = Undouble(s);
        }
        else if (stem.EndsWith("ly", StringComparison.Ordinal) && stem.Length >= 6)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("ation", StringComparison.Ordinal) && stem.Length >= 9)
        {
            // "installation" meets "install", "configuration" and "reservation" meet "configure" and "reserve".
            stem = stem[..^5];
        }

        if (stem.Length > 4 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static string Plural(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    // Only when what remains still has a vowel: "sing" and "bed" stay, "syncing" → "sync".
    private static bool TryStrip(string word, string suffix, out string stem)
    {
        stem = word;
        if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3)
        {
            return false;
        }

        var rest = word[..^suffix.Length];
        if (!rest.Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'))
        {
            return false;
        }

        stem = rest;
        return true;
    }

    // "dropp" → "drop", "sett" → "set"; "install" and "access" keep their double letter.
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z' or 'e' or 'o')
            ? stem[..^1]
            : stem;
}
