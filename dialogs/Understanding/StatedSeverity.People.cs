using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// Impact by the people named rather than a group: "only ... me" with the few words that may stand between (Low), a
// thing nobody uses (Low), an executive's device (High), and people named who are not the ones affected (the object of
// hearing, the audience of what is shown).
internal static partial class StatedSeverity
{
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
}
