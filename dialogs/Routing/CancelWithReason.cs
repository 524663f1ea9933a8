using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// "Never mind, it works now", "laisse tomber ça remarche", "actually no, cancel the ticket", "c'est bon, annule tout":
/// a cancel said with its reason or a lead-in. The message is a cancel when, clause by clause (commas, dashes, full
/// stops), its first clause is one and the rest is a short reason, or its last clause is one after a short lead-in (any
/// lead-in when that clause names the request); or,
/// without punctuation, a cancel phrase followed by a reason that says the need went away.
/// </summary>
internal static class CancelWithReason
{
    /// <summary>A reason longer than this says something else as well ("stop, the printer prints blank pages ...").</summary>
    private const int MaxReasonWords = 6;

    /// <summary>A lead-in before the cancel ("actually no", "c'est bon", "ok so").</summary>
    private const int MaxLeadInWords = 3;

    /// <summary>Nouns that aim a cancel at the request itself: after one, a lead-in of any length is its reason
    /// ("HR says they already did it on their side, please cancel this request").</summary>
    private static readonly HashSet<string> RequestNouns = new(StringComparer.Ordinal)
    {
        "request", "form", "ticket", "demande", "formulaire", "requete", "signalement",
    };

    internal static readonly char[] ClauseMarks = [',', ';', '.', '!', '-', '–', '—', ':', '(', ')'];

    /// <summary>Reasons that the need went away, folded: only after a cancel phrase they make the message a cancel.</summary>
    private static readonly HashSet<string> GoneAway = new(StringComparer.Ordinal)
    {
        "it works now", "works now", "it works", "it works again", "works again", "its working", "its working now",
        "working now", "it s working now", "fixed", "its fixed", "it s fixed", "fixed now", "solved", "resolved", "all good",
        "not needed", "not needed anymore", "no longer needed", "dont need it", "i dont need it", "i dont need it anymore",
        "i dont want to do this", "i don t want to do this", "i dont want this", "dont want it anymore",
        "ca remarche", "remarche", "ca marche", "ca marche maintenant", "ca marche de nouveau", "c est reparti",
        "ca refonctionne", "ca fonctionne", "ca fonctionne maintenant", "c est regle", "c est resolu", "plus besoin",
        "pas besoin", "j en ai plus besoin", "je n en ai plus besoin", "je veux pas faire ca", "je ne veux pas faire ca",
        "je veux plus", "c est bon maintenant",
        "i fixed it", "fixed it", "got it", "found it", "i found it", "sorted", "sorted it", "its sorted", "figured it out",
        "i figured it out", "its ok now", "it s ok now", "ok now", "all good now", "works fine now", "my bad",
        "i ll do it later", "ill do it later", "later", "do it later", "ill call instead", "i ll call them",
        "j ai trouve", "j ai reussi", "c est ok", "c est ok maintenant", "j ai regle le probleme", "resolu", "c est reparti",
        "ca va maintenant", "ca remarche maintenant", "je reviendrai plus tard", "plus tard", "je ferai ca plus tard",
        "je vais appeler", "c etait une erreur", "my mistake", "wrong button", "mauvais bouton",
    };

    /// <summary>Words that say the trouble went away by itself ("it reconnected", "c'est revenu", "sorted itself out").</summary>
    private static readonly HashSet<string> CameBack = new(StringComparer.Ordinal)
    {
        "works", "working", "worked", "fixed", "solved", "resolved", "sorted", "reconnected", "reconnects", "reconnecting",
        "back", "restored", "recovered", "remarche", "refonctionne", "fonctionne", "marche", "revenu", "revenue", "revenus",
        "reconnecte", "reconnectee", "regle", "reglee", "resolu", "resolue", "repare", "reparee", "repart", "reparti",
        "repartie", "retabli", "retablie",
    };

    /// <summary>Words that keep the trouble alive: "never mind it still doesn't work" is no cancel.</summary>
    private static readonly HashSet<string> StillWrong = new(StringComparer.Ordinal)
    {
        "not", "no", "dont", "doesnt", "didnt", "isnt", "wont", "cant", "never", "still", "again", "pas", "plus", "toujours",
        "encore", "ne", "n", "jamais", "but", "mais",
    };

    /// <summary>
    /// A short reason saying the trouble went away, by its kind of words rather than a list of phrases, after a cancel
    /// that denies nothing ("I don't want the old one back" denies a wish, it drops nothing).
    /// </summary>
    private static bool WentAway(List<string> reason, List<string> cancel) =>
        reason.Count is > 0 and <= MaxReasonWords && reason.Any(CameBack.Contains) && !reason.Any(StillWrong.Contains)
        && !cancel.Any(w => w is "not" or "dont" or "don" or "t" or "doesnt" or "didnt" or "pas" or "ne" or "n");

    /// <summary>A reason that only says the request is not wanted may be longer ("stop, I don't want to create a ticket").</summary>
    private const int MaxUnwantedWords = 12;

    private static readonly HashSet<string> Wanting = new(StringComparer.Ordinal)
    {
        "want", "wanna", "need", "needed", "veux", "voulais", "voudrais", "besoin", "souhaite",
    };

    private static readonly HashSet<string> Denying = new(StringComparer.Ordinal)
    {
        "dont", "don", "not", "no", "pas", "plus", "nt",
    };

    /// <summary>Leads that only cancel with a reason saying the trouble went away ("non c'est bon finalement, ça remarche"):
    /// alone, "c'est bon" or "ok" confirms. Read after the interjections around them.</summary>
    private static readonly HashSet<string> SoftLeads = new(StringComparer.Ordinal)
    {
        "", "c est bon", "wait", "actually", "finalement", "en fait",
    };

    private static readonly HashSet<string> Interjections = new(StringComparer.Ordinal)
    {
        "ah", "oh", "non", "no", "nope", "bon", "ok", "okay", "well", "hmm", "euh", "finalement", "actually",
    };

    private static bool SoftLead(List<string> lead)
    {
        var from = 0;
        while (from < lead.Count && Interjections.Contains(lead[from]))
        {
            from++;
        }

        var to = lead.Count;
        while (to > from && lead[to - 1] is "finalement" or "actually" or "maintenant" or "now")
        {
            to--;
        }

        return to - from <= 3 && SoftLeads.Contains(string.Join(' ', lead.Skip(from).Take(to - from)));
    }

    /// <summary>What the denied wish may be about: the request itself, never another thing wished instead.</summary>
    private static readonly HashSet<string> ThisRequest = new(StringComparer.Ordinal)
    {
        "ticket", "request", "form", "demande", "formulaire", "this", "it", "anymore", "ca", "en", "continuer", "continue",
        "carry", "signaler", "report", "create", "open", "ouvrir", "creer",
    };

    private static readonly HashSet<string> SomethingElse = new(StringComparer.Ordinal)
    {
        "new", "nouveau", "nouvelle", "other", "another", "autre", "instead", "plutot", "but", "mais",
    };

    /// <summary>"I don't want to create a ticket", "je n'en veux plus", "no need for this anymore": the request's wish
    /// denied; "I don't want the old one, I need a new one" wishes something else and is no cancel.</summary>
    private static bool Unwanted(List<string> reason) =>
        reason.Count is > 0 and <= MaxUnwantedWords && reason.Any(Wanting.Contains) && reason.Any(Denying.Contains)
        && reason.Any(ThisRequest.Contains) && !reason.Any(SomethingElse.Contains);

    public static bool Is(string? text, Func<List<string>, Interrupt> match)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var clauses = text.Split(ClauseMarks, StringSplitOptions.RemoveEmptyEntries)
            .Select(c => TextFolding.Words(c))
            .Where(c => c.Count > 0)
            .ToList();
        if (clauses.Count > 1)
        {
            var rest = clauses.Skip(1).Sum(c => c.Count);
            var before = clauses.Take(clauses.Count - 1).Sum(c => c.Count);
            var reasonWords = clauses.Skip(1).SelectMany(c => c).ToList();
            if (((rest <= MaxReasonWords || Unwanted(reasonWords)) && match(clauses[0]) == Interrupt.Cancel)
                || (SoftLead(clauses[0]) && Gone(reasonWords, clauses[0]))
                || ((before <= MaxLeadInWords || clauses[^1].Any(RequestNouns.Contains)) && match(clauses[^1]) == Interrupt.Cancel))
            {
                return true;
            }
        }

        var words = clauses.SelectMany(c => c).ToList();
        for (var split = 1; split < words.Count; split++)
        {
            var reason = words.GetRange(split, words.Count - split);
            if (Gone(reason, words.GetRange(0, split)) && match(words.GetRange(0, split)) == Interrupt.Cancel)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Gone(List<string> reason, List<string> cancel) =>
        GoneAway.Contains(string.Join(' ', reason)) || WentAway(reason, cancel);
}
