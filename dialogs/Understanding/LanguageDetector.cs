namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The language of one message, English or French, from its function words ("the", "is", "my" against "le", "est",
/// "mon"), French accents and elisions ("l'", "j'", "d'"). Cheap: one pass over the folded words and the raw text.
/// A tie (a lone product name, "vpn") is the Teams client's language when it is one of the two, else unknown.
/// </summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "was", "be", "been", "and", "or", "but", "i", "im", "ive", "id", "my", "me", "mine", "you",
        "your", "to", "of", "in", "on", "for", "with", "it", "its", "this", "that", "not", "no", "can", "cant", "cannot", "dont",
        "doesnt", "wont", "didnt", "isnt", "what", "whats", "how", "when", "where", "why", "who", "still", "any", "from", "at",
        "have", "has", "had", "please", "pls", "anyone", "someone", "again", "keeps", "working", "work", "works", "just", "only",
        "there", "yet", "get", "getting", "does", "do", "did", "need", "want", "would", "could", "should", "will", "our", "we",
        "us", "they", "all", "every", "since", "today", "hi", "hello", "hey", "thanks", "thank", "anymore", "after", "when",
        "some", "nothing", "everyone", "nobody", "about", "show", "list", "open", "says", "say", "like", "which", "if",
    };

    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "est", "et", "ou", "je", "j", "mon", "ma", "mes", "ne", "n",
        "pas", "plus", "que", "qu", "qui", "pour", "sur", "avec", "dans", "il", "elle", "on", "nous", "vous", "ca", "c", "suis",
        "ai", "au", "aux", "ce", "cette", "quoi", "comment", "quand", "toujours", "encore", "rien", "tout", "toute", "tous",
        "tres", "moi", "m", "me", "se", "s", "y", "a", "depuis", "marche", "fonctionne", "bonjour", "salut", "merci", "svp",
        "stp", "peux", "peut", "veux", "voudrais", "besoin", "sont", "ont", "notre", "votre", "mais", "donc", "aussi",
        "quelqu", "personne", "avez", "fait", "faire", "impossible", "mes", "ton", "ta", "tes", "lui", "leur", "sans", "chez",
        "apres", "avant", "bien", "bon", "merde", "ya", "est-ce", "quel", "quelle", "quels", "quelles", "nouveau", "nouvelles",
    };

    /// <summary>"en", "fr" or null.</summary>
    public static string? Detect(string? text, IReadOnlyList<string> words, string? locale)
    {
        double english = 0, french = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (English.Contains(word))
            {
                english += word.Length == 1 ? 0.5 : 1;
            }

            if (French.Contains(word))
            {
                french += word.Length == 1 ? 0.5 : 1;
            }
        }

        french += FrenchMarks(text);
        if (english > french)
        {
            return "en";
        }

        if (french > english)
        {
            return "fr";
        }

        return locale is null ? null
            : locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr"
            : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
            : null;
    }

    /// <summary>Accented letters and elisions ("l'", "j'", "qu'") are French; each counts once, at most three.</summary>
    private static double FrenchMarks(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var marks = 0;
        var length = Math.Min(text.Length, TextFolding.MaxCharacters);
        for (var i = 0; i < length && marks < 3; i++)
        {
            var c = text[i];
            if (c is 'é' or 'è' or 'ê' or 'à' or 'â' or 'ç' or 'ù' or 'û' or 'î' or 'ô' or 'ë' or 'ï' or 'É' or 'È' or 'À' or 'Ç')
            {
                marks++;
            }
            else if (c is '\'' or '’' && i > 0 && i + 1 < length && char.IsLetter(text[i + 1])
                && (i < 2 || !char.IsLetter(text[i - 2])) && text[i - 1] is 'l' or 'j' or 'd' or 'm' or 'n' or 's' or 'c' or 't' or 'L' or 'J' or 'D')
            {
                // "l'imprimante", "j'ai": a one-letter word before the apostrophe ("don't" has more).
                marks++;
            }
        }

        return marks;
    }
}
