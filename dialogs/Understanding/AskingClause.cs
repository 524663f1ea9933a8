using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// How a message asks, read clause by clause rather than from its first word: a statement followed by a question
/// ("mon pc me demande une clé, où je la trouve", "people can't hear me in calls, which setting") asks, and what it asks
/// is the way, a place, a thing's name, a setting or a delay, not a repair by someone. Told apart by kinds of words in
/// both languages, accents folded and without them, with the texting spellings people use ("c quoi", "koi", "kel"):
/// <list type="bullet">
/// <item>what to do: a clause ending on "quoi" ("je fais quoi", "on fait quoi"), "c'est quoi" / "c quoi", "que faire",
/// "qu'est-ce qu'il faut faire", "what do I do", "what should we do", "what now";</item>
/// <item>where: "où" opening a clause before a subject ("où je la trouve", "où on trouve"), "where do I";</item>
/// <item>which: "quel(le)(s)" opening a clause or followed by the clause's last word or two ("quel réglage"),
/// "which / what setting" (never an exclamation: "quelle galère");</item>
/// <item>how long: "combien de temps", "how long", "how far in advance", "how soon".</item>
/// </list>
/// <see cref="AsksAdvice"/> is asking for tips ("des astuces ?", "any advice?"). Neither says the message is not also a
/// problem: the router weighs them against the incident's and the request's own words.
/// </summary>
internal static partial class AskingClause
{
    private static readonly char[] ClauseEnds = [',', ';', ':', '.', '!', '?', '\n', '(', ')', '—', '–'];

    /// <summary>Said before the clause's question ("et", "bon", "du coup", "so"): skipped to find how it opens.</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "et", "mais", "alors", "donc", "bon", "bref", "sinon", "du", "coup", "euh", "ok", "so", "and", "but", "then", "well",
        "ok", "okay", "also", "du coup", "enfin", "svp", "stp", "please", "pls",
    };

    private static readonly HashSet<string> Which = new(StringComparer.Ordinal)
    {
        "quel", "quelle", "quels", "quelles", "kel", "kelle", "kels", "kelles",
    };

    /// <summary>"quelle galère", "quel enfer", "what a mess": exclaimed, not asked.</summary>
    private static readonly HashSet<string> Exclaimed = new(StringComparer.Ordinal)
    {
        "galere", "horreur", "enfer", "plaie", "bordel", "misere", "angoisse", "cauchemar", "blague", "honte", "bazar",
        "journee", "gag", "calvaire", "cirque", "a", "an",
    };

    private static readonly HashSet<string> What = new(StringComparer.Ordinal) { "quoi", "koi" };

    /// <summary>A subject after "où" that makes it "where" asked ("où je", "où on", "où est-ce"), not "or".</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "je", "j", "on", "tu", "vous", "il", "elle", "ils", "elles", "est", "sont", "se", "ca", "trouver", "trouve", "le", "la", "les",
    };

    /// <summary>English openings that ask once a clause starts with them ("…, where do I find it", "…, which setting").</summary>
    private static readonly HashSet<string> EnglishAsking = new(StringComparer.Ordinal) { "where", "which", "how", "who", "what", "whats" };

    private static readonly string[][] WhatToDo =
    [
        .. ((string[])["que faire", "quoi faire", "qu est ce qu il faut", "qu est ce que je", "qu est ce qu on", "qu est ce que l on",
            "que dois je", "que doit on", "c quoi", "c est quoi", "cest quoi", "c koi", "c est koi", "cest koi",
            "fait quoi", "fais quoi", "faire quoi", "font quoi", "faut quoi", "fait koi", "fais koi", "faire koi",
            "what do i do", "what should i do", "what do we do", "what should we do", "what can i do", "what can we do",
            "what to do", "what now", "what am i supposed to do", "what are we supposed to do", "what do i need to do",
            "what should i be doing",
            "combien de temps", "how long", "how far in advance", "how soon", "how much time", "how much notice",
            "combien de jours", "combien de temps a l avance", "how many days"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>Someone who leaves, named as a person ("a leaver", "un collègue part", "quelqu'un quitte", "son dernier jour").</summary>
    private static readonly string[][] Leaving =
    [
        .. ((string[])["leaver", "leavers", "leaving", "is leaving", "last day", "quits", "quitting", "resigned", "offboarding",
            "quitte", "quittent", "quitter", "s en va", "s en vont", "dernier jour", "depart", "departs", "part a la", "part le",
            "part en", "part demain", "part vendredi", "part lundi", "part la semaine"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>
    /// Someone leaves ("a leaver", "un collègue part à la fin du mois", "on his last day"): asked about, the way out is a
    /// process the knowledge base explains, not a request for the access or the laptop it names.
    /// </summary>
    public static bool SomeoneLeaves(IReadOnlyList<string> words)
    {
        var list = words as List<string> ?? [.. words];
        return Leaving.Any(p => WordPhrases.IndexOf(list, p) >= 0);
    }

    /// <summary>A clause of the message asks the way, a place, a name, a setting or a delay (see the class).</summary>
    public static bool AsksTheWay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (AsksWhatToTryFirst(text))
        {
            return true;
        }

        var later = false;
        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = TextFolding.Words(clause);
            var start = 0;
            while (start < words.Count && Fillers.Contains(words[start]))
            {
                start++;
            }

            if (words.Count - start >= 1 && Asks(words, start, later))
            {
                return true;
            }

            later |= words.Count > 0;
        }

        return false;
    }

    /// <summary>
    /// One clause. An English question word opening it asks only after a statement (<paramref name="later"/>): "…, where
    /// do I find it"; opening the message ("what did I report", "what can you do") it is the message's own question,
    /// which the intents' cues already read.
    /// </summary>
    private static bool Asks(List<string> words, int start, bool later)
    {
        var count = words.Count - start;
        var first = words[start];
        var next = start + 1 < words.Count ? words[start + 1] : null;

        // "…, où je la trouve", "où on trouve le code".
        if (first is "ou" && next is not null && Subjects.Contains(next))
        {
            return true;
        }

        // "quel réglage", "…, quelle appli pour ça": opening the clause, or the clause's last word or two after it.
        if (Which.Contains(first) && next is not null && !Exclaimed.Contains(next))
        {
            return true;
        }

        for (var i = Math.Max(start, words.Count - 3); i < words.Count - 1; i++)
        {
            if (Which.Contains(words[i]) && !Exclaimed.Contains(words[i + 1]))
            {
                return true;
            }
        }

        // "je fais quoi", "on fait quoi", "c'est quoi": a clause that ends on "quoi".
        if (count >= 2 && What.Contains(words[^1]) && words[^2] is not ("ou" or "de" or "pour" or "sais" or "importe" or "n" or "pas" or "rien"))
        {
            return true;
        }

        // English: "…, where do I find it", "…, which setting", "…, how do I restart it".
        if (later && count >= 2 && EnglishAsking.Contains(first) && !(first is "what" or "whats" && next is "a" or "an"))
        {
            return true;
        }

        return WhatToDo.Any(p => WordPhrases.IndexOf(words, p) >= start);
    }
}
