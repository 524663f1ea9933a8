namespace ServiceDesk.Dialogs.Understanding;

// The shapes that ask about something already reported: the phrases, and the word patterns around them.
internal static partial class FollowUpSignals
{
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
            if (next is "on" && words.Skip(i + 2).Take(2).Any(w => w is "phone" or "telephone" or "line" or "call" or "teams" or "chat"))
            {
                // "can I get someone on the phone": where a person is wanted, not someone busy with it.
                continue;
            }

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

    /// <summary>
    /// Whether anything happened, asked: "did anything happen with my laptop thing", "has something happened on", "il s'est
    /// passé quelque chose". Not "it happens every morning", nor "what happened to my files" (a problem, maybe new).
    /// </summary>
    private static bool HappenedAsked(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var near = words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3) + 3);
            if ((words[i] is "happen" or "happened" && near.Any(w => w is "anything" or "something"))
                || (words[i] == "passe" && near.Any(w => w is "quelque")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Said before the message itself: a greeting, "so", "btw" ("hey did anyone fix …" asks as "did anyone fix …").</summary>
    private static readonly HashSet<string> Greeting = new(StringComparer.Ordinal)
    {
        "hey", "hi", "hello", "yo", "so", "ok", "okay", "um", "uh", "btw", "also", "and", "quick", "morning", "guys", "folks",
        "sorry", "just", "salut", "bonjour", "coucou", "alors", "euh", "bon", "dites", "dis", "ah", "oh",
    };

    /// <summary>The first word past a greeting or a "so" said first.</summary>
    private static int FirstAfterGreeting(IReadOnlyList<string> words)
    {
        var i = 0;
        while (i < words.Count && i < 3 && Greeting.Contains(words[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "the printer by the kitchen, did anyone fix it yet", "the dock thing - has somebody had a look?": asking whether the
    /// people handling it did something, after the thing is named; with "yet", "already" or a question mark, since "I have
    /// someone who needs access" says nothing of the kind.
    /// </summary>
    private static bool DoneAskedLater(IReadOnlyList<string> words, bool question)
    {
        if (!question && !words.Any(w => w is "yet" or "already" or "deja"))
        {
            return false;
        }

        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] is "did" or "has" && words[i + 1] is "anyone" or "anybody" or "someone" or "somebody" or "support"
                or "helpdesk" or "you" or "u" or "guys" or "the")
            {
                var actor = words[i + 1] != "the" || (i + 2 < words.Count && words[i + 2] is "helpdesk" or "support" or "team" or "tech");
                if (actor)
                {
                    return true;
                }
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
