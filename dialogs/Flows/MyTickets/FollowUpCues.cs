using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// Words around a question about an existing ticket: the ones that only say "a ticket of mine" (dropped before
/// matching a ticket), the shape "my … ticket" / "ma demande" that names one, and "add this to my ticket".
/// </summary>
internal static class FollowUpCues
{
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "my", "mon", "ma", "mes", "our", "notre", "nos" };

    private static readonly HashSet<string> TicketNouns = new(StringComparer.Ordinal)
    {
        "ticket", "tickets", "request", "requests", "incident", "incidents", "case", "demande", "demandes", "req", "inc",
    };

    /// <summary>"My ticket" in a sentence that opens one is a new request, not a follow-up.</summary>
    private static readonly HashSet<string> Creating = new(StringComparer.Ordinal)
    {
        "open", "create", "new", "raise", "log", "file", "submit", "report", "another",
        "ouvrir", "ouvre", "creer", "cree", "nouveau", "nouvelle", "nouvel", "signaler", "declarer", "autre",
    };

    private static readonly HashSet<string> Adding = new(StringComparer.Ordinal)
    {
        "add", "append", "attach", "put", "include", "ajoute", "ajouter", "ajoutez", "rajoute", "rajouter", "mets", "mettre", "joins", "joindre",
    };

    /// <summary>Words that say "a ticket of mine, any news" rather than what the ticket is about.</summary>
    private static readonly HashSet<string> Noise =
    [
        "my", "mine", "the", "a", "an", "on", "about", "for", "of", "with", "to", "is", "are", "was", "there", "any", "anything", "news",
        "update", "updates", "status", "what", "whats", "where", "wheres", "when", "how", "hows", "has", "have", "had", "anyone",
        "someone", "somebody", "looked", "look", "at", "it", "this", "that", "still", "yet", "and", "or", "in", "i", "me", "did",
        "do", "does", "open", "opened", "sent", "going", "progress", "happening", "new", "please", "actually", "hey", "hi", "so",
        "regarding", "re", "concerning", "ok", "about", "check", "tell", "can", "you", "your", "there", "hang", "quick", "question",
        "de", "du", "des", "la", "le", "les", "l", "d", "un", "une", "mon", "ma", "mes", "sur", "pour", "avec", "ou", "en", "est",
        "a", "y", "t", "il", "elle", "quelqu", "qui", "que", "quoi", "nouvelles", "nouveau", "avance", "regarde", "traite", "suivi",
        "etat", "statut", "j", "je", "ai", "au", "aux", "ce", "ca", "cette", "ces", "se", "passe", "alors", "bonjour", "merci",
        "svp", "stp", "vous", "tu", "pouvez", "peux", "me", "dire", "concernant", "propos", "fait", "deja", "toujours", "encore",
        "en", "cours", "ou", "s", "on", "n", "ne", "pas", "rien", "add", "ajoute", "ajouter", "comment", "commentaire", "note",
        "our", "notre", "nos", "since", "depuis", "hier", "yesterday", "today", "aujourd", "hui", "week", "semaine",
        "show", "list", "see", "view", "display", "give", "all", "closed", "recent", "latest", "last", "afficher", "affiche",
        "voir", "montre", "montrer", "montrez", "liste", "lister", "tous", "toutes", "ouverts", "ouvert", "fermes", "recents",
        "dernier", "derniere", "derniers", "et", "les", "mine", "ones", "one",
        // Asides said before the message, never what a ticket is about.
        "wait", "hang", "btw", "way", "oh", "sorry", "attends", "attendez", "sinon", "euh", "dis", "dites", "ah", "pls", "plz",
        "moi", "stuff", "everything", "opened", "logged", "reported", "signale", "ouvert", "remonte", "far",
        // Something asked for before, and when: "asked 2 days ago", "demandée il y a 15 jours", "when will I get".
        "asked", "requested", "ordered", "submitted", "raised", "ago", "day", "days", "weeks", "jour", "jours", "semaines",
        "demandee", "commande", "commandee", "get", "getting", "receive", "recevoir", "recevrai", "aurai", "avoir", "vais", "avais",
        "waiting", "attends", "attend", "attendons", "received", "got", "gotten", "recu", "recue", "havent", "never", "jamais",
        .. TicketNouns, .. Adding,
    ];

    /// <summary>The words of <paramref name="text"/> that can name a ticket ("printer", "visio", "ecran").</summary>
    public static IReadOnlyList<string> Subject(string? text) =>
        [.. TextFolding.Words(text).Where(w => !Noise.Contains(w) && !FollowUpSignals.Says(w) && !NamedDay.IsDayWord(w) && (w.Length >= 3 || w.Any(char.IsAsciiDigit) || w == ShortThing)).Distinct(StringComparer.Ordinal)];

    /// <summary>The one two-letter word that names a thing a ticket is about ("my pc ticket"): the computer.</summary>
    private const string ShortThing = "pc";

    /// <summary>"my printer ticket", "ma demande pour", "mon ticket": a possessive with a ticket noun close after it, not opening one.</summary>
    public static bool NamesOwnTicket(string? text, bool singular = false)
    {
        var words = TextFolding.Words(text);
        if (words.Any(Creating.Contains))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            // "mon pc me demande de redémarrer": "demande" after a pronoun is the verb, no ticket.
            if (Possessives.Contains(words[i]) && (!singular || words[i] is not ("mes" or "nos"))
                && Enumerable.Range(i + 1, Math.Min(3, words.Count - i - 1)).Any(k => TicketNouns.Contains(words[k])
                    && !Pronouns.Contains(words[k - 1]) && (!singular || !Plural(words[k]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Before "demande" / "request", a subject or an object pronoun makes it the verb.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "je", "j", "me", "m", "te", "t", "il", "elle", "on", "nous", "vous", "ils", "elles", "lui", "leur", "i", "we", "you", "they", "to",
    };

    /// <summary>"my ticket history", "un récap de mon ticket …": the whole of them, the list.</summary>
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "history", "historique", "overview", "recap", "summary", "list", "liste", "all", "every", "everything", "tous", "toutes",
    };

    private static bool Plural(string noun) => noun is "tickets" or "requests" or "incidents" or "demandes";

    /// <summary>
    /// "add this to my ticket: it now shows E05", "ajoute ça à ma demande VPN": the words naming the ticket and the
    /// comment (after a colon), or null when the message is not such a request.
    /// </summary>
    public static (string Subject, string? Comment)? AddToTicket(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = colon > 0 ? text[..colon] : text;
        var words = TextFolding.Words(head);
        var verb = words.FindIndex(Adding.Contains);
        if (verb is < 0 or > 3 || (!words.Skip(verb + 1).Any(TicketNouns.Contains) && TicketNumberFinder.Find(head) is null))
        {
            return null;
        }

        var comment = colon > 0 ? text[(colon + 1)..].Trim() : null;
        return (head, string.IsNullOrEmpty(comment) ? null : comment);
    }

    /// <summary>
    /// Reads the recogniser's answer for a ticket of the employee's own: "add this to my ticket", or "my printer
    /// ticket" in a message otherwise taken for a new incident, request or question (a duplicate in the making), is a
    /// follow-up. "My tickets" with nothing naming one stays the list.
    /// </summary>
    public static Recognition Upgrade(string? text, Recognition recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        if (recognition.Intent is Intent.TicketFollowUp or Intent.Human)
        {
            return recognition;
        }

        if (AddToTicket(text) is not null)
        {
            return recognition with { Intent = Intent.TicketFollowUp, Confidence = Math.Max(recognition.Confidence, 0.9) };
        }

        var upgrade = recognition.Intent switch
        {
            Intent.ReportIncident or Intent.RequestAccess or Intent.Question => NamesOwnTicket(text),
            // "je voudrais voir toutes mes demandes en cours", "où j'en suis dans mes tickets": tickets in the plural are
            // the list, whatever else is said; one ticket is named in the singular ("my printer ticket").
            Intent.MyTickets => NamesOwnTicket(text, singular: true) && Subject(text).Count > 0 && !TextFolding.Words(text).Any(Whole.Contains),
            _ => false,
        };
        return upgrade
            ? recognition with { Intent = Intent.TicketFollowUp, Confidence = Math.Max(recognition.Confidence, 0.8) }
            : recognition;
    }
}
