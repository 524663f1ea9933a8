using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Impact said as a head count rather than as one of the options: "me and like 3 others", "moi et deux collègues",
/// "about 40 people", "nous sommes cinq". A number of people (digits or a number word next to a word for people), or
/// "me and" with others named, is counted; from two people it is a team, from <see cref="Many"/> many people. By the
/// kinds of words, so any count in any wording is read the same way. Null when the text counts nobody. Read both at the
/// form's impact step (the answer is about people) and in the first sentence (<see cref="StatedSeverity"/>), where a
/// count must name people outright: "2 of my screens" or "deux autres imprimantes" count no one there.
/// </summary>
internal static class ImpactCount
{
    /// <summary>From this many people, the impact is many people rather than a team.</summary>
    internal const int Many = 20;

    private const int MaxGap = 3;

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["fifty"] = 50, ["hundred"] = 100,
        ["hundreds"] = 200, ["couple"] = 2, ["dozen"] = 12, ["dozens"] = 30,
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9,
        ["dix"] = 10, ["douze"] = 12, ["quinze"] = 15, ["vingt"] = 20, ["vingtaine"] = 20, ["trente"] = 30, ["trentaine"] = 30,
        ["quarante"] = 40, ["quarantaine"] = 40, ["cinquante"] = 50, ["cinquantaine"] = 50, ["cent"] = 100,
        ["centaine"] = 100, ["centaines"] = 200, ["dizaine"] = 10, ["dizaines"] = 30,
        ["quelques"] = 3, ["few"] = 3, ["several"] = 3, ["plusieurs"] = 3,
    };

    /// <summary>Words for people, in either language.</summary>
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "people", "persons", "users", "colleagues", "coworkers", "workers", "others",
        "guys", "folks", "staff", "employees", "us", "of", "agents", "members", "teammates", "peeps",
        "personnes", "utilisateurs", "collegues", "autres", "gens", "salaries", "membres",
        "nous", "collaborateurs", "potes",
    };

    /// <summary>
    /// In a sentence about anything, these name people only in company: "of" with "us" ("all 30 of us"), "others" and
    /// "autres" after "me and" ("me and 3 others", not "two other printers").
    /// </summary>
    private static readonly HashSet<string> PeopleOnlyAtTheStep = new(StringComparer.Ordinal) { "of", "others", "autres" };

    /// <summary>A number after these names a thing ("office 365 users", "windows 10 users", "floor 3 people"), not a count.</summary>
    private static readonly HashSet<string> Named = new(StringComparer.Ordinal)
    {
        "office", "windows", "win", "iphone", "version", "v", "build", "room", "floor", "level", "salle", "etage", "niveau",
    };

    private static readonly HashSet<string> Self = new(StringComparer.Ordinal) { "me", "myself", "moi", "i" };

    private static readonly HashSet<string> And = new(StringComparer.Ordinal) { "and", "et", "plus", "with", "avec", "n" };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "pas", "aucun", "aucune", "nobody", "personne" };

    /// <summary>Number words, for the spelling repair: "cinquantaine" is read as typed, never repaired into another word.</summary>
    public static IEnumerable<string> NumberWords => Numbers.Keys;

    /// <summary>An answer at the impact step, which is about people: any word for people counts.</summary>
    public static Impact? Read(string? typed) => Read(TextFolding.Words(typed), inSentence: false).Impact;

    /// <summary>
    /// The count in <paramref name="words"/>, and how many words state it (to weigh it against other statements).
    /// <paramref name="inSentence"/>: the words are a whole message about anything, not an answer about people.
    /// </summary>
    public static (Impact? Impact, int Length) Read(IReadOnlyList<string> words, bool inSentence)
    {
        if (words.Count == 0)
        {
            return (null, 0);
        }

        var withMe = WithMe(words);
        var (count, length) = (0, 0);
        for (var i = 0; i < words.Count; i++)
        {
            var n = NumberOf(words[i]);
            if (n < 2 || (i > 0 && Negators.Contains(words[i - 1])) || (i > 1 && Negators.Contains(words[i - 2]))
                || (inSentence && i > 0 && Named.Contains(words[i - 1])))
            {
                continue;
            }

            if (WeAre(words, i))
            {
                // "on est 5 à l'utiliser", "we are 12 on this floor": the count is of us.
                if (n > count)
                {
                    (count, length) = (n, 3);
                }

                continue;
            }

            for (var j = i + 1; j <= Math.Min(i + MaxGap, words.Count - 1); j++)
            {
                if (IsPeople(words, j, inSentence, withMe))
                {
                    var people = n + (withMe ? 1 : 0);
                    if (people > count)
                    {
                        (count, length) = (people, j - i + 1 + (withMe ? 2 : 0));
                    }

                    break;
                }
            }
        }

        if (count == 0 && withMe && words.Any(w => w is "others" or "colleagues" or "coworkers" or "collegues" or "autres" or "teammates"))
        {
            (count, length) = (2, 3);
        }

        return count switch
        {
            0 => (null, 0),
            >= Many => (Impact.High, length),
            _ => (Impact.Medium, length),
        };
    }

    private static bool IsPeople(IReadOnlyList<string> words, int at, bool inSentence, bool withMe)
    {
        var word = words[at];
        if (!People.Contains(word))
        {
            return false;
        }

        if (!inSentence || !PeopleOnlyAtTheStep.Contains(word))
        {
            return true;
        }

        return word == "of" ? at + 1 < words.Count && words[at + 1] == "us" : withMe;
    }

    /// <summary>Units after a number that make it no head count: "we are 2 hours late", "on est 3 jours sans réseau".</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "min", "mins", "minutes", "minute", "h", "hours", "hour", "hrs", "days", "day", "weeks", "week", "percent", "pourcent",
        "heures", "heure", "jours", "jour", "semaines", "semaine", "mois", "ans", "years", "fois", "times", "sec", "secondes",
    };

    /// <summary>A number right after "on est", "nous sommes", "we are": the speaker's group counted.</summary>
    private static bool WeAre(IReadOnlyList<string> words, int at) =>
        at >= 2 && (words[at - 2], words[at - 1]) is ("on", "est") or ("nous", "sommes") or ("we", "are") or ("we", "re")
        && !(at + 1 < words.Count && (Units.Contains(words[at + 1]) || People.Contains(words[at + 1])));

    /// <summary>"me and …", "moi et …": the one answering counts too.</summary>
    private static bool WithMe(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Self.Contains(words[i]) && And.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NumberOf(string word) =>
        word.Length <= 4 && word.All(char.IsAsciiDigit) && int.TryParse(word, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : Numbers.GetValueOrDefault(word);
}
