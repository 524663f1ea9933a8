namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>
/// A light French stemmer on folded words (no accents): plurals (s, x), then one ending among -ement, -ation,
/// -ateur and verb/participle endings (-er, -ez, -e, -ee, -es...), so "bloquée", "bloquer", "bloquez" and "bloqué"
/// all meet "bloqu", and "installation" meets "installer".
/// </summary>
internal static class FrenchStemmer
{
    // Longest first; each needs what remains to keep at least MinStem letters.
    private static readonly string[] Endings =
    [
        "issements", "issement", "ements", "ement", "ations", "ation", "atrices", "atrice", "ateurs", "ateur",
        "issez", "issent", "ions", "erez", "eront", "era", "ait", "aient", "ant", "ent", "ees", "ee", "er", "ez", "es", "e",
    ];

    private const int MinStem = 3;

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetterLower(word[^1]))
        {
            return word;
        }

        var stem = Plural(word);
        foreach (var ending in Endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= MinStemFor(ending))
            {
                return stem[..^ending.Length];
            }
        }

        return stem;
    }

    // "ent" and "ant" end many nouns ("client", "agent"): only strip them from longer words.
    private static int MinStemFor(string ending) => ending is "ent" or "ant" ? 5 : MinStem;

    private static string Plural(string word)
    {
        if (word[^1] == 'x' && word.Length > 4 && word[^2] is 'u')
        {
            return word[..^1];
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }
}
