namespace ServiceDesk.Dialogs.Understanding;

// Something the employee already asked for, referred to (Referred): asked before ("I requested it last week"), awaited
// ("when will I get …") or waited for ("I'm still waiting for my …", "toujours pas reçu").
internal static partial class FollowUpSignals
{
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
}
