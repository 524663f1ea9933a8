using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// Impact and urgency by the kinds of words that state them, so a wording no phrase lists is read the same way: a
// quantifier before a group ("the whole 4th floor", "toute l'équipe compta"), a scope after nobody/everyone ("nobody on
// our floor", "personne au 3e"), "only ... me" with the few words that may stand between; the urgency readers are in
// StatedSeverity.Urgency.cs, the helpers both use below. Every reader is narrow on purpose: a word it does not expect between the parts ends the reading, and the slot stays empty.
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

    private static readonly HashSet<string> Only = Set("only", "just", "juste", "seulement", "uniquement");
    private static readonly HashSet<string> Me = Set("me", "moi", "myself", "mine");
    private static readonly HashSet<string> OnlyFillers = Set(
        "happens", "happening", "affects", "affecting", "affected", "impacts", "impacting", "hits", "hitting", "concerns",
        "seems", "for", "to", "on", "with", "pour", "chez", "concerne", "touche");
    private static readonly HashSet<string> FrenchOnlyFillers = Set("pour", "chez", "a");

    private const int UsesReach = 4;

    private static readonly HashSet<string> UseVerbs = Set(
        "uses", "use", "used", "utilise", "utilisent", "sert", "servent", "needs", "need");
    private static readonly HashSet<string> UsesFillers = Set(
        "really", "else", "ever", "much", "actually", "even", "ne", "n", "l", "s", "en", "vraiment", "jamais", "plus", "d",
        "autre", "here", "ici");

    /// <summary>Verbs whose object "personne" is: "j'entends personne", "je vois personne", "j'arrive à joindre personne".</summary>
    private static readonly HashSet<string> Perceiving = Set(
        "entends", "entend", "vois", "voit", "joins", "joint", "joindre", "trouve", "contacte", "appelle", "ecoute", "capte", "reconnait");

    /// <summary>What is shown or sent to an audience: "shows a black screen to everyone", "envoyé à tout le monde".</summary>
    private static readonly HashSet<string> Showing = Set(
        "shows", "show", "showing", "shown", "displays", "displayed", "sent", "send", "sends", "sending", "appears", "visible",
        "forwarded", "affiche", "envoie", "envoye", "envoyee", "montre", "apparait");

    private static readonly HashSet<string> Executives = Set(
        "ceo", "cfo", "coo", "cto", "cio", "pdg", "dg", "vip", "vips", "president", "presidente", "chairman");

    private static readonly HashSet<string> Negators = Set(
        "not", "no", "non", "pas", "nothing", "rien", "aucun", "aucune", "sans", "isnt", "arent", "doesnt", "dont", "never", "nor",
        "cant", "cannot", "couldnt", "wont");

    [GeneratedRegex("^([0-9]{1,2}(st|nd|rd|th|e|eme|er|ere)|first|second|third|fourth|fifth|sixth|ground|top|premier|deuxieme|troisieme|quatrieme|cinquieme|rdc)$")]
    private static partial Regex OrdinalWord();

    /// <summary>
    /// Known to the spelling repair, so they are read as typed and typos of them are repaired to them. Plurals are left
    /// out: the repair already reads "offices" as "office", and an intent cue spelt in the singular keeps matching.
    /// </summary>
    private static IEnumerable<string> KindWords =>
        new[] { Quantifiers, Teams, Places, Only, UrgencyWords, NeedCues, MeetingCues, LaterWords, UseVerbs, Executives }.SelectMany(set => set)
            .Concat(ImpactCount.NumberWords);

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

    /// <summary>
    /// People named who are not said to be affected: the object of hearing or reaching ("j'entends personne en réunion":
    /// nobody is who I hear) and the audience of what is shown or sent ("shows a black screen to everyone else").
    /// </summary>
    private static List<(int Start, int Length)> NotAffected(IReadOnlyList<string> words)
    {
        var spans = new List<(int Start, int Length)>();
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] == "personne" && Perceiving.Contains(words[i - 1]))
            {
                spans.Add((i, 1));
            }

            var audience = words[i] is "everyone" or "everybody" ? 1
                : words[i] == "tout" && At(words, i + 1, "le") && At(words, i + 2, "monde") ? 3
                : 0;
            if (audience > 0 && words[i - 1] is "to" or "a"
                && Enumerable.Range(Math.Max(0, i - 5), Math.Min(i, 5)).Any(k => Showing.Contains(words[k])))
            {
                spans.Add((i - 1, audience + 1));
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

    /// <summary>
    /// "nobody really uses it", "personne ne l'utilise vraiment", "plus personne ne s'en sert": a thing nobody uses
    /// affects nobody (Low). "nobody can use it" says the opposite, so a word of ability between ends the reading.
    /// </summary>
    private static (Impact? Value, int Length) NobodyUses(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var length = words[i] switch
            {
                "nobody" or "personne" => 1,
                "no" when At(words, i + 1, "one") => 2,
                "hardly" or "barely" when At(words, i + 1, "anyone") || At(words, i + 1, "anybody") => 2,
                _ => 0,
            };
            for (var j = i + length; length > 0 && j < words.Count && j <= i + length + UsesReach; j++)
            {
                if (UseVerbs.Contains(words[j]))
                {
                    return (Impact.Low, j - i + 1);
                }

                if (!UsesFillers.Contains(words[j]))
                {
                    break;
                }
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// "the CEO's Outlook", "le portable du PDG": what an executive cannot use weighs on the whole business, which is
    /// what impact measures besides a head count (how fast it is needed stays urgency's).
    /// </summary>
    private static (Impact? Value, int Length) Executive(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // "the CEO's Outlook" is folded to "ceos", as English contractions are joined.
            var word = words[i];
            if ((Executives.Contains(word) || (word.Length > 2 && word[^1] == 's' && Executives.Contains(word[..^1])))
                && !(i > 0 && Negators.Contains(words[i - 1])))
            {
                return (Impact.High, 1);
            }

            if (i + 1 < words.Count && (words[i], words[i + 1]) is ("managing", "director") or ("directeur", "general")
                or ("directrice", "generale") or ("direction", "generale"))
            {
                return (Impact.High, 2);
            }
        }

        return (null, 0);
    }

    /// <summary>"only happens to me", "just for me", "que pour moi": only, a few words of affecting, then me.</summary>
    private static (Impact? Value, int Length) OnlyMe(IReadOnlyList<string> words)
    {
        foreach (var (_, length, negated) in OnlyMeSpans(words))
        {
            if (!negated)
            {
                return (Impact.Low, length);
            }
        }

        return (null, 0);
    }

    /// <summary>"not only me", "pas que moi", "not just me": more than me, by how much unsaid.</summary>
    private static List<(int Start, int Length)> NegatedOnlyMe(IReadOnlyList<string> words) =>
        [.. OnlyMeSpans(words).Where(span => span.Negated).Select(span => (span.Start, span.Length))];

    private static IEnumerable<(int Start, int Length, bool Negated)> OnlyMeSpans(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var french = words[i] == "que";
            if (!french && !Only.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                if (Me.Contains(words[j]))
                {
                    var negated = i > 0 && words[i - 1] is "not" or "pas" or "non";
                    yield return negated ? (i - 1, j - i + 2, true) : (i, j - i + 1, false);
                    break;
                }

                if (!(french ? FrenchOnlyFillers : OnlyFillers).Contains(words[j]))
                {
                    break;
                }
            }
        }
    }

    private static int PhraseAt(IReadOnlyList<string> words, int at, string[][] phrases)
    {
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest && at + phrase.Length <= words.Count && phrase.Select((w, k) => words[at + k] == w).All(same => same))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    /// <summary>"not the whole floor": a negator just before the quantifier or its determiner.</summary>
    private static bool NegatedAt(IReadOnlyList<string> words, int at) =>
        (at > 0 && Negators.Contains(words[at - 1])) || (at > 1 && Negators.Contains(words[at - 2]) && Determiners.Contains(words[at - 1]));

    private static bool At(IReadOnlyList<string> words, int at, string word) => at < words.Count && words[at] == word;

    /// <summary>The words with the given spans blanked, so no phrase is read inside them.</summary>
    private static IReadOnlyList<string> Masked(IReadOnlyList<string> words, List<(int Start, int Length)> spans)
    {
        if (spans.Count == 0)
        {
            return words;
        }

        var masked = words.ToArray();
        foreach (var (start, length) in spans)
        {
            for (var k = start; k < start + length && k < masked.Length; k++)
            {
                masked[k] = string.Empty;
            }
        }

        return masked;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
