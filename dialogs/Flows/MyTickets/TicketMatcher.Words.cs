using ServiceDesk.Dialogs.Text;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

// The words a follow-up is matched with: which say little of a ticket, which are part of another thing's name, and
// how near two words are.
internal sealed partial class TicketMatcher
{
    /// <summary>When and where it happens, said of any problem: never the problem itself.</summary>
    private static readonly HashSet<string> Context = new(StringComparer.Ordinal)
    {
        "morning", "afternoon", "evening", "today", "every", "time", "times", "since", "home", "office", "work", "floor",
        "matin", "soir", "journee", "chaque", "fois", "depuis", "maison", "bureau", "travail", "etage", "minutes", "week",
        "kitchen", "canteen", "cafeteria", "room", "lobby", "corridor", "cuisine", "cantine", "salle", "couloir", "hall",
        "seconds", "secondes", "minute", "hour", "hours", "heure", "heures", "days", "jours", "weeks", "semaines",
    };

    /// <summary>
    /// Words said of any problem, however it shows: that it goes on ("keeps", "sans arrêt"), that it is one ("issue",
    /// "souci", "not working"), how much ("really", "trop") and what it happens to ("each page"). Two problems sharing
    /// only these are not shown to be the same.
    /// </summary>
    private static readonly HashSet<string> AnyProblem = new(StringComparer.Ordinal)
    {
        "keeps", "keep", "kept", "keeping", "continues", "always", "constantly", "randomly", "suddenly", "anymore",
        "problem", "problems", "issue", "issues", "error", "errors", "working", "works", "really", "very", "super",
        "page", "pages", "sheet", "sheets", "tout", "temps", "sans", "cesse", "arret", "probleme", "problemes", "souci",
        "soucis", "erreur", "erreurs", "marche", "marchent", "fonctionne", "fonctionnent", "plus", "tres", "vraiment",
        "trop", "feuille", "feuilles", "chaque",
    };

    /// <summary>Words that tell one thing from another of its kind, whatever the thing: they identify no ticket alone.</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "second", "third", "other", "another", "big", "small", "large", "old", "new", "broken", "main", "extra", "spare",
        "deuxieme", "seconde", "troisieme", "autre", "grand", "grande", "gros", "grosse", "petit", "petite", "vieux",
        "vieille", "ancien", "ancienne", "nouveau", "nouvelle", "casse", "cassee", "principal", "principale",
    };

    /// <summary>What a word of <see cref="Context"/> or <see cref="Modifiers"/> keeps of its score.</summary>
    private const double WeakWordShare = 0.3;

    /// <summary>
    /// A computer word beside a word of the sentence the ticket does not know is part of another thing's name ("coffee
    /// machine", "machine à café", "téléphone portable"): it does not name the computer.
    /// </summary>
    private static bool PartOfAnotherName(string word, List<string> said, IReadOnlyList<string> subject, Func<string, double> own)
    {
        for (var i = 0; i < said.Count; i++)
        {
            if (said[i] != word)
            {
                continue;
            }

            for (var j = Math.Max(0, i - 2); j <= Math.Min(said.Count - 1, i + 2); j++)
            {
                var near = said[j];
                if (j != i && near.Length >= 4 && subject.Contains(near) && !ComputerWords.Contains(near) && !Context.Contains(near)
                    && !Modifiers.Contains(near) && own(near) < 0.5)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"hear" and "hears", "drop" and "drops": a short word and the same word with an ending of one or two letters.</summary>
    private static bool SameShortStem(string word, string other)
    {
        var (shorter, longer) = word.Length <= other.Length ? (word, other) : (other, word);
        return shorter.Length >= 4 && longer.Length - shorter.Length is > 0 and <= 2 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>
    /// 1 for the same word, 0.8 for one typo away, 0.7 for the same stem ("printer", "printing"; an ending of at most
    /// three letters, so "access" is not "accessories" nor "micro" "microsoft"), else 0.
    /// </summary>
    private static double Best(string word, List<string> words)
    {
        var best = 0.0;
        foreach (var candidate in words)
        {
            if (candidate == word)
            {
                return 1;
            }

            var typos = Vocabulary.AllowedTypos(Math.Min(word.Length, candidate.Length));
            if (typos > 0 && EditDistance.Bounded(word, candidate, typos) <= typos)
            {
                best = Math.Max(best, 0.8);
            }
            else if (word.Length >= 5 && candidate.Length >= 5 && Math.Abs(word.Length - candidate.Length) <= 3
                && string.CompareOrdinal(word, 0, candidate, 0, 5) == 0 && SameStem(word, candidate))
            {
                best = Math.Max(best, 0.7);
            }
        }

        return best;
    }

    /// <summary>
    /// Endings of a word's forms in either language ("print" + "er" / "ing", "demarr" + "age" / "er"): what two words of
    /// one stem may differ by. "portail" and "portable" share five letters but no stem.
    /// </summary>
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "", "s", "es", "e", "ee", "ees", "ed", "er", "ers", "ing", "ings", "ion", "ions", "ation", "ations", "y", "ies", "ly",
        "ment", "ments", "ent", "ant", "ante", "ants", "antes", "age", "ages", "ez", "ais", "ait", "aient", "ir", "it", "is",
        "ie", "eur", "eurs", "euse", "ique", "iques", "al", "ale", "aux", "ure", "ures", "te", "tes", "xion", "xions", "ct",
        "cte", "ctes", "ctee", "cted", "cts", "able", "ible", "ive", "ives", "if", "ifs", "ity", "ite", "ites", "ate", "ates",
        "ated", "ating", "ness", "a", "ait", "at", "ot", "ote", "otes", "otement", "ement", "ements", "ance", "ence", "ances",
        "ences", "ery", "erie", "eries", "or", "ors", "ager", "ed", "d", "r", "rs", "n", "ns",
    };

    /// <summary>Whether the two words, alike in their first five letters, differ only by endings from some point on.</summary>
    private static bool SameStem(string word, string candidate)
    {
        var common = 0;
        while (common < word.Length && common < candidate.Length && word[common] == candidate[common])
        {
            common++;
        }

        for (var at = common; at >= 5; at--)
        {
            if (Endings.Contains(word[at..]) && Endings.Contains(candidate[at..]))
            {
                return true;
            }
        }

        return false;
    }

    private static double Exact(string word, List<string> words) => words.Contains(word, StringComparer.Ordinal) ? 1 : 0;
}
