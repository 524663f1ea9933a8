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

    /// <summary>Asking for something, said in the past: the employee already asked ("asked", "j'ai demandé").</summary>
    private static readonly HashSet<string> AskedVerbs = new(StringComparer.Ordinal)
    {
        "asked", "requested", "ordered", "reported", "raised", "logged", "submitted", "demande", "demandee",
        "demandes", "commande", "commandee", "signale", "signalee", "reclame", "reclamee",
    };

    /// <summary>When, said of the past: "ago", "last week", "yesterday", "il y a", "hier", "la semaine dernière".</summary>
    private static readonly HashSet<string> Ago = new(StringComparer.Ordinal)
    {
        "ago", "last", "yesterday", "earlier", "already", "previously", "hier", "deja", "dernier", "derniere", "avant", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche",
    };

    /// <summary>
    /// Something the employee asked for before: a verb of asking in the past with when it was ("asked 2 days ago",
    /// "requested it last week", "demandée samedi", "demandé il y a 15 jours") or with the asker ("I asked for …", "I've
    /// requested …", "j'ai demandé …", "déjà demandé"). "My manager asked me to request …" is someone else asking, and
    /// "ma demande" a noun: neither is read.
    /// </summary>
    private static bool AskedBefore(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!AskedVerbs.Contains(words[i]))
            {
                continue;
            }

            if (words[i] == "logged" && i + 1 < words.Count && words[i + 1] is "in" or "on" or "into" or "out" or "off")
            {
                // "I logged in yesterday and …": signing in, not a ticket logged.
                continue;
            }

            var before = i > 0 ? words[i - 1] : string.Empty;
            var twoBefore = i > 1 ? words[i - 2] : string.Empty;
            var after = words.Skip(i + 1).Take(5).ToList();
            var when = after.Any(Ago.Contains) || Contains(after, "il", "y", "a") || before is "already" or "deja";
            var mine = before is "i" or "ive" or "we" or "weve" or "ai" or "avais" or "avons"
                || (before is "have" or "had" or "ve" && twoBefore is "i" or "we")
                || (before is "l" or "la" or "les" && twoBefore is "ai" or "avais");
            if (when || mine)
            {
                // "i asked my manager" is still something asked by the employee: their own tickets are checked, and
                // nothing is shown when none is about it.
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Asking when one will have something ("when will I get …", "when do we get …", "quand est-ce que j'aurai …", "je
    /// vais le recevoir quand"): awaited, so something already asked for. Not "j'aurais besoin" (a wish) nor "when do I
    /// have to" (a rule).
    /// </summary>
    private static bool AwaitedForMe(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "when")
            {
                var next = words.Skip(i + 1).Take(4).ToList();
                // An auxiliary before the person: "when will I get", not "when I get home the VPN drops".
                var me = next.FindIndex(w => w is "i" or "we");
                me = me >= 1 && next[me - 1] is "will" or "do" or "can" or "shall" or "could" or "would" or "am" or "should" ? me : -1;
                if (me >= 0 && me + 1 < next.Count && next[me + 1] is "get" or "getting" or "receive" or "have"
                    && !(next[me + 1] == "have" && (me + 2 < next.Count ? next[me + 2] : string.Empty) == "to"))
                {
                    return true;
                }

                if (me >= 0 && me + 2 < next.Count && next[me + 1] is "be" or "am" && next[me + 2] is "getting" or "receiving")
                {
                    return true;
                }
            }

            if (words[i] is "aurai" or "recevrai" or "aurons" or "recevrons" && words.Contains("quand"))
            {
                return true;
            }

            if (words[i] is "vais" or "allons" && i + 1 < words.Count && words[i + 1] is "avoir" or "recevoir" or "l" or "la" or "les"
                && words.Contains("quand"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Waiting for something, or not having received it yet: "I'm waiting for my …", "j'attends toujours …", "on attend
    /// depuis lundi", "still haven't got …", "I never received …", "pas encore reçu …", "toujours pas eu …". Not "attends, …"
    /// said first (hold on), nor "waiting" of a program ("stuck waiting for network").
    /// </summary>
    private static bool Waiting(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var before = i > 0 ? words[i - 1] : string.Empty;
            var next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            var after = i + 2 < words.Count ? words[i + 2] : string.Empty;
            if (words[i] is "attends" or "attend" or "attendons" && i > 0 && before is "j" or "je" or "on" or "nous" or "toujours" or "encore"
                && next is "toujours" or "encore" or "depuis" or "ma" or "mon" or "mes" or "le" or "la" or "les" or "l" or "que" or "apres" or "une" or "un")
            {
                return true;
            }

            if (words[i] == "waiting" && before is "im" or "m" or "am" or "been" or "still" or "re" or "are"
                && next is "for" or "on" && after is "my" or "the" or "our" or "a" or "an")
            {
                return true;
            }

            if (words[i] is "received" or "got" or "gotten" or "recu" or "recue" or "recus" or "eu" or "had"
                && words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(w => w is "havent" or "hasnt" or "didnt" or "never" or "not" or "pas" or "jamais" or "still" or "toujours"))
            {
                // "had" only after "haven't": "I had a problem" says nothing of the kind.
                if (words[i] != "had" || words.Skip(Math.Max(0, i - 2)).Take(Math.Min(i, 2)).Any(w => w is "havent" or "hasnt" or "never"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(List<string> words, params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (words.Skip(i).Take(phrase.Length).SequenceEqual(phrase))
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
