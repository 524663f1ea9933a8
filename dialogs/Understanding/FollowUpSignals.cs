namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The shape of a message about something already reported, read from kinds of words rather than whole phrases, so
/// that wordings never listed still count: asking how it is going (news, eta, "where are we with", "ça bouge"),
/// chasing (chase, nudge, relance), asking whether it was handled ("did support look at", "validé ou pas"), asking when
/// it will be ("when will my laptop be sorted", "c'est pour quand"); or a problem restated (still, again, worse,
/// "re:", toujours, encore, pire). Asked, it is about one of the employee's tickets whatever the problem's wording;
/// restated, only when one of their open tickets is clearly about it.
/// </summary>
internal static class FollowUpSignals
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

        if ((when && actor) || OnIt(words) || HandledAsThing(words)
            || (words[0] is "did" or "has" or "have" && words.Skip(1).Take(3).Any(Actor.Contains)))
        {
            // "when is someone coming", "did support look at my outlook issue": asked of the people handling it.
            return Signal.Asked;
        }

        return words[0] == "re" || words.Any(Again.Contains) ? Signal.Restated : Signal.None;
    }

    /// <summary>"update pls", "update sur", "any update": news asked; not "windows update fails".</summary>
    private static bool UpdateAsked(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("update" or "updates"))
            {
                continue;
            }

            // "after the update", "windows update": the software's update, not news asked.
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var before = i > 0 ? words[i - 1] : null;
            if (next is "on" or "about" or "regarding" or "sur" or "pour" or "pls" or "please" or "plz" or "svp" or "stp"
                || before is "any" or "an" or "no" or "some"
                || (next is null && before is null or "issue" or "problem" or "ticket" or "request" or "thing" or "case" or "souci" or "probleme"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Someone busy with it: "is anybody actually working on", "somebody is on the outlook thing", "qqn dessus".</summary>
    private static bool OnIt(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // People who would handle it; "my team is on the call" or "my manager is on holiday" say nothing of it.
            if (words[i] is not ("someone" or "somebody" or "anyone" or "anybody" or "support" or "helpdesk" or "tech" or "guys"
                or "quelqu" or "quelquun" or "qqn" or "qq" or "personne"))
            {
                continue;
            }

            var next = i + 1 < words.Count ? words[i + 1] : null;
            var after = i + 2 < words.Count ? words[i + 2] : null;
            if (next is "on" or "dessus" || (next is "is" or "s" && after is "on")
                || words.Skip(i + 1).Take(3).Any(w => w is "working" or "looking" or "dealing" or "handling"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ticket's thing said handled, as a passive: "gets looked at", "been approved", "sera réparée", "a été vu".</summary>
    private static bool HandledAsThing(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (Handled.Contains(words[i]) && words.Skip(Math.Max(0, i - 2)).Take(Math.Min(2, i)).Any(w => w is "gets" or "got" or "been" or "being" or "sera" or "ete" or "etre"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"validé ou pas", "approved or not".</summary>
    private static bool OrNot(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if ((words[i] == "ou" && words[i + 1] == "pas") || (words[i] == "or" && words[i + 1] == "not"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True: asks by itself ("where are we with"); false: asks when (with something handled or someone).</summary>
    private static PhraseIndex<bool> Build()
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in (string[])
        [
            "where are we with", "where are we on", "where is this at", "where s this at", "where it s at", "where is it at",
            "where things are", "any idea when", "heard anything", "heard nothing", "havent heard", "haven t heard",
            "not heard", "no news", "no answer", "no reply", "no response", "nobody answered", "nobody replied",
            "vous en etes ou", "ou vous en etes", "ou en etes vous", "ou en sommes nous", "on en est ou", "ou on en est",
            "ca bouge", "du neuf", "du nouveau", "des news", "toujours en attente", "toujours pas de retour", "pas de retour",
            "aucune nouvelle", "aucun retour", "sans nouvelles", "pour quand", "vous avez une date", "une date",
            "still not done", "still not fixed", "still pending", "still open", "still waiting",
            "how long until", "how long till", "how long before", "how much longer", "any progress", "progress on",
            "the latest on", "latest on", "any feedback", "any joy", "any movement", "des infos", "vous avez des infos",
            "suivi de ma", "suivi de mon", "suivi sur", "un suivi", "status of my", "status of the", "statut de",
            "ca avance", "ca en est", "en est ou", "ou en est", "c est en cours", "toujours rien", "toujours pas de nouvelles",
            "get to my", "got to my", "get round to", "pris en compte", "pris en charge",
            // How it is going, in everyday and texting words.
            "hows it going", "how s it going", "how is it going", "how is it looking", "anything happening",
            "something happening", "where are we", "where do we stand", "where does it stand",
            "any idea how long", "waiting on the", "waiting on my", "ca donne quoi", "ca se passe comment",
        ])
        {
            index.Add(phrase, true);
        }

        foreach (var phrase in (string[])
        [
            "when will", "when is", "when are", "when can i expect", "when do i get", "quand est ce que", "d ici quand",
            "combien de temps", "quand sera", "quand va", "quand est ce qu",
        ])
        {
            index.Add(phrase, false);
        }

        return index;
    }
}
