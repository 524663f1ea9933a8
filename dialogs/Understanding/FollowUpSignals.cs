namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The shape of a message about something already reported, read from kinds of words rather than whole phrases, so
/// that wordings never listed still count: asking how it is going (news, eta, "where are we with", "ça bouge"),
/// chasing (chase, nudge, relance), asking whether it was handled ("did support look at", "validé ou pas"), asking when
/// it will be ("when will my laptop be sorted", "c'est pour quand"); or a problem restated (still, again, worse,
/// "re:", toujours, encore, pire). Asked, it is about one of the employee's tickets whatever the problem's wording;
/// restated, only when one of their open tickets is clearly about it.
/// </summary>
internal static partial class FollowUpSignals
{
    /// <summary>None; a problem restated (still, again, "re:"); or news, progress or handling asked about.</summary>
    public enum Signal { None, Restated, Asked }

    /// <summary>Asking how it is going, alone enough ("eta", "des nouvelles", "suivi").</summary>
    private static readonly HashSet<string> Progress = new(StringComparer.Ordinal)
    {
        "news", "eta", "nouvelles", "avancement",
    };

    /// <summary>Chasing, alone enough.</summary>
    private static readonly HashSet<string> Chase = new(StringComparer.Ordinal)
    {
        "chase", "chasing", "nudge", "nudging", "followup", "relance", "relancer", "relancez",
    };

    /// <summary>Handled, fixed, approved: a question when asked of someone, with "yet", or "or not".</summary>
    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        "looked", "checked", "handled", "handling", "dealing", "dealt", "picked", "assigned", "sorted", "fixed", "repaired",
        "resolved", "approved", "signed", "validated", "done", "touched", "regarde", "traite", "traitee", "occupe", "gere",
        "pris", "corrige", "corrigee", "repare", "reparee", "regle", "reglee", "valide", "validee", "approuve", "approuvee",
        "resolu", "resolue", "dessus", "pu", "avance",
    };

    /// <summary>Who would have handled it: someone, the support, you.</summary>
    private static readonly HashSet<string> Actor = new(StringComparer.Ordinal)
    {
        "someone", "somebody", "anyone", "anybody", "support", "helpdesk", "it", "you", "u", "guys", "team", "tech", "boss",
        "manager", "quelqu", "quelquun", "qqn", "qq", "personne", "vous", "support", "chef", "manager", "responsable", "equipe",
    };

    /// <summary>Words that make "handled" a question: yet, already, or not.</summary>
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal) { "yet", "already", "deja", "pending", "attente" };

    /// <summary>A problem said again: still, again, worse.</summary>
    private static readonly HashSet<string> Again = new(StringComparer.Ordinal)
    {
        "still", "again", "worse", "anymore", "toujours", "encore", "pire", "fyi",
    };

    private static readonly PhraseIndex<bool> Phrases = Build();

    /// <summary>The words the spelling repair should know.</summary>
    public static IEnumerable<string> Words => new[] { Progress, Chase, Handled, Pending, Again, Phrases.Words }
        .SelectMany(w => w).Where(w => w.Length >= MinRepairedLength);

    /// <summary>Shorter words are only taken as typed: "chose" is not a typo of "chase".</summary>
    private const int MinRepairedLength = 7;

    private static readonly HashSet<string> Said = new(
        [.. Progress, .. Chase, .. Handled, .. Actor, .. Pending, .. Again, .. Phrases.Words.Where(w => w != "compte"), "coming", "come", "passe", "will",
            "be", "sera", "va", "idea", "long", "until", "till", "longer", "dessus", "re", "fyi", "side", "cote", "we", "guys",
            "working", "looking", "dealing", "actually", "happen", "happening", "going", "stand", "r", "gets", "chance", "anything"],
        StringComparer.Ordinal);

    /// <summary>A word of the asking itself ("eta", "sorted", "relance"), never of what the ticket is about.</summary>
    public static bool Says(string word) => Said.Contains(word);

    /// <summary>
    /// Said of work done by someone else: "has", "did", "been", "being", French "a", "avez", "ont". "Can someone fix
    /// my laptop" asks for the work, "has someone fixed my laptop" asks whether it was done.
    /// </summary>
    private static readonly HashSet<string> Done = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "did", "was", "been", "being", "is", "a", "avez", "ont", "as", "t", "est",
    };

    /// <summary>
    /// Something already asked for, referred to: "asked 2 days ago", "j'ai demandé la semaine dernière", "when will I get
    /// …", "quand est-ce que j'aurai …", "I'm waiting for …", "j'attends toujours …", "still haven't got …", "toujours pas
    /// reçu …". Weaker than <see cref="Of"/>: it never makes a follow-up by itself (the
    /// recogniser does not read it), it only has the employee's own tickets checked before a form opens, and nothing
    /// changes when none of them is about it.
    /// </summary>
    public static bool Referred(IReadOnlyList<string> words) => AskedBefore(words) || AwaitedForMe(words) || Waiting(words);

    /// <summary>What <paramref name="words"/> (folded) say about a ticket already reported.</summary>
    public static Signal Of(IReadOnlyList<string> words, bool question = false)
    {
        if (words.Count == 0)
        {
            return Signal.None;
        }

        var phrases = Phrases.Matches(words);
        if (phrases.Contains(true) || words.Any(w => Progress.Contains(w) || Chase.Contains(w)) || UpdateAsked(words))
        {
            return Signal.Asked;
        }

        var when = phrases.Contains(false);
        var actor = words.Any(Actor.Contains);
        if (words.Any(Handled.Contains)
            && (when || OrNot(words) || words.Any(Pending.Contains) || words.Contains("being") || (actor && (question || words.Any(Done.Contains)))))
        {
            return Signal.Asked;
        }

        var first = FirstAfterGreeting(words);
        if ((when && actor) || OnIt(words) || HandledAsThing(words) || HappenedAsked(words)
            || (first < words.Count && words[first] is "did" or "has" or "have" && words.Skip(first + 1).Take(3).Any(Actor.Contains))
            || DoneAskedLater(words, question))
        {
            // "when is someone coming", "did support look at my outlook issue", "hey did anyone fix …": asked of the
            // people handling it, a greeting or a "so" before it or not.
            return Signal.Asked;
        }

        return words[0] == "re" || words.Any(Again.Contains) ? Signal.Restated : Signal.None;
    }
}
