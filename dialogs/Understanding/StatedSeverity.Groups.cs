using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// Impact by a group of people: a quantifier before a group ("the whole 4th floor", "toute l'équipe compta"), a scope
// after nobody/everyone ("nobody on our floor", "personne au 3e"), and the group words that name a thing instead
// ("office 365", "the sharepoint site"). A word the reader does not expect between the parts ends the reading.
internal static partial class StatedSeverity
{
    private const int GroupReach = 5;

    private static readonly HashSet<string> Quantifiers = Set("whole", "entire", "all", "every", "each", "tout", "toute", "tous", "toutes", "chaque");
    private static readonly HashSet<string> FrenchQuantifiers = Set("tout", "toute", "tous", "toutes", "chaque");
    private static readonly HashSet<string> EveryQuantifiers = Set("every", "each", "chaque");

    /// <summary>Between a quantifier and its group: determiners and ordinals, and at most one other word (a name).</summary>
    private static readonly HashSet<string> Determiners = Set(
        "the", "our", "my", "this", "that", "of", "le", "la", "l", "les", "notre", "nos", "mon", "ma", "mes", "ce", "cette", "du", "de", "des", "d");

    /// <summary>"all day", "tout le temps", "every time": a quantifier of time, not of people.</summary>
    private static readonly HashSet<string> TimeWords = Set(
        "day", "days", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "time", "times", "along",
        "journee", "jour", "jours", "matinee", "matin", "soir", "soiree", "nuit", "semaine", "mois", "annee", "temps", "fois", "aprem");

    private static readonly HashSet<string> Teams = Set("team", "department", "dept", "unit", "squad", "equipe", "departement", "pole");
    private static readonly HashSet<string> Places = Set(
        "floor", "office", "building", "site", "campus", "branch", "agency", "plant", "factory", "warehouse", "company",
        "organisation", "organization", "org", "firm", "hq", "headquarters", "etage", "batiment", "agence", "usine",
        "entrepot", "entreprise", "boite", "societe", "siege", "plateau", "openspace");
    private static readonly HashSet<string> PluralGroups = Set(
        "floors", "offices", "buildings", "branches", "agencies", "departments", "etages", "bureaux", "batiments",
        "agences", "equipes", "departements", "usines", "entrepots");
    /// <summary>
    /// Departments named alone right after "toute la", "tout le": "toute la compta", "tout le juridique". French only: in
    /// English "all sales orders" quantifies the orders.
    /// </summary>
    private static readonly HashSet<string> Departments = Set(
        "compta", "comptabilite", "finance", "paie", "rh", "logistique", "achats", "juridique", "direction", "marketing", "commercial");

    /// <summary>A whole team's own devices: "the whole finance team laptops".</summary>
    private static readonly HashSet<string> TeamDevices = Set(
        "pc", "pcs", "computer", "computers", "laptop", "laptops", "printer", "printers", "phone", "phones", "portables", "postes");

    private static readonly HashSet<string> Colleagues = Set("colleagues", "coworkers", "teammates", "collegues");
    private static readonly HashSet<string> Staff = Set("users", "staff", "employees", "people", "utilisateurs", "salaries", "gens", "personnel");

    /// <summary>After these a group word names a thing: "office 365", "team channels", "boîte mail", "sharepoint site".</summary>
    private static readonly HashSet<string> ThingsAfter = Set(
        "365", "suite", "apps", "app", "pack", "package", "programs", "products", "pc", "pcs", "computer", "computers", "laptop",
        "printer", "printers", "phone", "phones", "desk", "chair", "documents", "docs", "files", "install", "installation",
        "version", "license", "licence", "account", "software", "online", "web", "mobile", "channel", "channels", "chat",
        "chats", "meeting", "meetings", "drive", "calendar", "folder", "folders", "mail", "mails", "aux", "reception", "vocale",
        "page", "pages", "plan");
    private static readonly HashSet<string> ThingsBefore = Set("sharepoint", "web", "intranet", "wiki", "microsoft", "ms", "internet", "teams");

    private static readonly HashSet<string> ScopePrepositions = Set("in", "on", "at", "from", "across", "au", "aux", "a", "dans", "du", "de", "en", "sur");
    private static readonly HashSet<string> NotAPerson = Set("la", "une", "cette", "chaque", "seule", "aucune", "the", "a");

    [GeneratedRegex("^([0-9]{1,2}(st|nd|rd|th|e|eme|er|ere)|first|second|third|fourth|fifth|sixth|ground|top|premier|deuxieme|troisieme|quatrieme|cinquieme|rdc)$")]
    private static partial Regex OrdinalWord();

    /// <summary>A quantifier before a group: "the whole 4th floor" (many), "toute l'équipe compta" (a team), "every office".</summary>
    private static (Impact? Value, int Length) Group(IReadOnlyList<string> words)
    {
        (Impact? Value, int Length) best = (null, 0);
        for (var i = 0; i < words.Count; i++)
        {
            if (!Quantifiers.Contains(words[i]) || NegatedAt(words, i))
            {
                continue;
            }

            if (GroupAfter(words, i + 1, FrenchQuantifiers.Contains(words[i]), EveryQuantifiers.Contains(words[i]), whole: true) is ({ } value, var end)
                && end - i + 1 > best.Length)
            {
                best = (value, end - i + 1);
            }
        }

        return best;
    }

    /// <summary>"not the whole floor, only …": from the negator to the group it denies.</summary>
    private static List<(int Start, int Length)> NegatedGroups(IReadOnlyList<string> words)
    {
        var spans = new List<(int Start, int Length)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Quantifiers.Contains(words[i]) && NegatedAt(words, i))
            {
                var start = Negators.Contains(words[i - 1]) ? i - 1 : i - 2;
                var (value, end) = GroupAfter(words, i + 1, FrenchQuantifiers.Contains(words[i]), EveryQuantifiers.Contains(words[i]), whole: true);
                spans.Add((start, (value is null ? i : end) - start + 1));
            }
        }

        return spans;
    }

    /// <summary>A group word that names a thing here: "office 365", "toute la boîte mail", "the sharepoint site".</summary>
    private static List<(int Start, int Length)> NamedThings(IReadOnlyList<string> words)
    {
        var spans = new List<(int Start, int Length)>();
        for (var j = 0; j < words.Count; j++)
        {
            var word = words[j];
            if ((Places.Contains(word) || Teams.Contains(word) || word is "bureau" or "service")
                && ((j + 1 < words.Count && ThingsAfter.Contains(words[j + 1])) || (j > 0 && ThingsBefore.Contains(words[j - 1]))))
            {
                spans.Add((j, 1));
            }
        }

        return spans;
    }

    /// <summary>A scope after nobody/everyone: "nobody on our floor", "everyone in the finance department", "personne au 3e".</summary>
    private static (Impact? Value, int Length) Scope(IReadOnlyList<string> words)
    {
        (Impact? Value, int Length) best = (null, 0);
        for (var i = 0; i < words.Count; i++)
        {
            var length = words[i] switch
            {
                "everyone" or "everybody" or "nobody" => 1,
                "personne" when i == 0 || !(NotAPerson.Contains(words[i - 1]) || Perceiving.Contains(words[i - 1])) => 1,
                "no" when At(words, i + 1, "one") => 2,
                "tout" when At(words, i + 1, "le") && At(words, i + 2, "monde") => 3,
                _ => 0,
            };
            var at = i + length;
            if (length == 0 || at >= words.Count || !ScopePrepositions.Contains(words[at]))
            {
                continue;
            }

            var found = GroupAfter(words, at + 1, french: true, every: false, whole: false);
            if (found.Value is null && at + 1 < words.Count && OrdinalWord().IsMatch(words[at + 1]))
            {
                // "personne au 3e": an ordinal alone after a place preposition is a floor.
                found = (Impact.High, at + 1);
            }

            if (found is ({ } value, var end) && end - i + 1 > best.Length)
            {
                best = (value, end - i + 1);
            }
        }

        return best;
    }

    /// <summary>
    /// The group word after a quantifier or a scope, and where it ends; determiners, ordinals and one name may come
    /// between, or a name of two words right before a team ("the whole accounts payable team"). <paramref name="whole"/>:
    /// after a quantifier, so a team is whole ("the whole finance team").
    /// </summary>
    private static (Impact? Value, int End) GroupAfter(IReadOnlyList<string> words, int from, bool french, bool every, bool whole)
    {
        var others = 0;
        var run = 0;
        for (var j = from; j < words.Count && j < from + GroupReach; j++)
        {
            var word = words[j];
            if (GroupWord(words, j, french, every, whole, adjacent: j == from + 1 && Determiners.Contains(words[from])) is { } value)
            {
                return others <= 1 || (run == others && Teams.Contains(word)) ? (value, j) : (null, from);
            }

            if (Determiners.Contains(word) || OrdinalWord().IsMatch(word))
            {
                run = 0;
                continue;
            }

            run++;
            if (TimeWords.Contains(word) || Negators.Contains(word) || ThingsBefore.Contains(word) || ++others > 2)
            {
                break;
            }
        }

        return (null, from);
    }

    private static Impact? GroupWord(IReadOnlyList<string> words, int at, bool french, bool every, bool whole, bool adjacent)
    {
        var word = words[at];
        // "the whole finance team's laptops": a whole team's own devices say the team is affected, while "team channels",
        // "office 365" name a thing.
        var teamDevices = whole && Teams.Contains(word) && at + 1 < words.Count && TeamDevices.Contains(words[at + 1]);
        if (at + 1 < words.Count && ThingsAfter.Contains(words[at + 1]) && !teamDevices)
        {
            return null;
        }

        if (word == "space" && at > 0 && words[at - 1] == "open")
        {
            return Impact.High;
        }

        // "service" and "bureau" are also a system and a desktop: only "tout le service", "tout le bureau".
        if (word is "service" or "bureau")
        {
            return french && adjacent ? (word == "service" && !every && !whole ? Impact.Medium : Impact.High) : null;
        }

        // A whole team, department or service is the form's "a whole team or department, or more" (High); a team only
        // named in a scope ("nobody in my team") may be a few of its people (Medium).
        if (Departments.Contains(word) && whole && french && adjacent)
        {
            return Impact.High;
        }

        return Teams.Contains(word) ? (every || whole ? Impact.High : Impact.Medium)
            : Places.Contains(word) || PluralGroups.Contains(word) || Staff.Contains(word) ? Impact.High
            : Colleagues.Contains(word) ? Impact.Medium
            : null;
    }

    /// <summary>"not the whole floor": a negator just before the quantifier or its determiner.</summary>
    private static bool NegatedAt(IReadOnlyList<string> words, int at) =>
        (at > 0 && Negators.Contains(words[at - 1])) || (at > 1 && Negators.Contains(words[at - 2]) && Determiners.Contains(words[at - 1]));
}
