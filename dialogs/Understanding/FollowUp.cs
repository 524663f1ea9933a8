namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// A question about one of the employee's own tickets without its number: news asked ("any news on", "des nouvelles
/// de", "ça avance ?"), a wait ("still waiting", "j'attends toujours"), something already reported ("the vpn thing I
/// reported", "que j'ai signalé"), or one ticket named with "my"/"the" ("my printer ticket", "ma demande pour Visio").
/// It needs a subject (the words naming the ticket): without one it is the list of tickets, except "add this to my
/// ticket" (a comment for the ticket the router picks) and "my ticket" / "ma demande" in the singular, one ticket not
/// named (an empty subject: the router offers the open ones to pick from).
/// </summary>
internal static partial class FollowUp
{
    /// <summary>What the message is, as far as follow-ups go.</summary>
    public enum Kind { None, List, OneTicket, AskedAboutOneTicket, Comment }

    private const int MaxSubjectWords = 5;

    private static readonly PhraseIndex<bool> Asks = BuildAsks();

    private static readonly HashSet<string> TicketWords = new(StringComparer.Ordinal)
    {
        "ticket", "request", "incident", "case", "demande", "requete", "signalement",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "my", "the", "this", "that", "our", "mon", "ma", "le", "la", "l", "ce", "cette", "notre",
    };

    /// <summary>Before "demande" / "request", a subject or an object pronoun makes it the verb.</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "je", "j", "me", "m", "te", "t", "il", "elle", "on", "nous", "vous", "ils", "elles", "lui", "leur", "i", "we", "you", "they", "to",
    };

    private static readonly HashSet<string> Indefinite = new(StringComparer.Ordinal)
    {
        "a", "an", "new", "another", "un", "une", "nouveau", "nouvel", "nouvelle", "autre",
    };

    private static readonly HashSet<string> NotSubject = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "me", "my", "mine", "the", "a", "an", "is", "are", "was", "it", "its", "this", "that", "to", "of",
        "on", "in", "for", "about", "with", "at", "from", "and", "or", "any", "anyone", "someone", "somebody", "anybody", "has",
        "have", "had", "been", "be", "being", "did", "does", "do", "can", "could", "you", "your", "please", "pls", "hi", "hello",
        "hey", "there", "still", "yet", "again", "news", "update", "updates", "status", "progress", "fixed", "fix", "resolved",
        "done", "solved", "closed", "open", "opened", "reported", "raised", "logged", "submitted", "filed", "waiting", "wait",
        "looked", "look", "looking", "check", "checked", "checking", "handling", "handled", "working", "worked", "approved",
        "approve", "thing", "stuff", "problem", "problems", "issue", "issues", "ticket", "tickets", "request", "requests",
        "incident", "case", "whats", "what", "up", "when", "will", "who", "how", "add", "added", "close", "cancel", "back",
        "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "last", "week", "days", "day", "ago",
        "since", "followup", "follow", "following", "any", "anything", "nobody", "got", "get", "replied", "reply", "answer",
        "je", "j", "ai", "mon", "ma", "mes", "le", "la", "les", "l", "un", "une", "de", "du", "des", "d", "a", "au", "pour",
        "sur", "que", "qu", "qui", "est", "ce", "ca", "c", "en", "ou", "quelqu", "quelquun", "personne", "regarde", "regarder",
        "nouvelles", "nouveau", "avance", "avancer", "avez", "avance", "toujours", "encore", "rien", "pas", "attends",
        "attente", "signale", "signalee", "remonte", "ouvert", "ouverte", "relance", "relancer", "souci", "soucis",
        "probleme", "problemes", "ticket", "demande", "requete", "occupe", "s", "en", "resolu", "regle", "traite", "traitee",
        "valide", "validee", "fermer", "annuler", "ajoutez", "ajouter", "hier", "lundi", "semaine", "derniere", "dernier",
        "depuis", "jours", "quand", "sera", "il", "se", "passe", "quoi", "alors", "vous", "m", "n", "ne", "repondu", "y",
        "statut", "suivi", "etat", "news", "up", "donc", "bonjour", "salut", "svp", "stp", "merci", "thanks", "like", "want",
        "need", "dont", "anymore", "would", "should", "works", "now", "maintenant", "plus", "besoin", "veux", "fait", "aussi",
        "we", "they", "them", "him", "her", "it", "so", "just", "very", "really", "think", "guess", "someone", "after",
        "happening", "happened", "whos", "handling", "has", "being", "worked", "heard", "tu", "on", "nous", "votre", "vos",
        "pouvez", "peux", "peut", "voudrais", "j", "lui", "leur", "eu", "est", "ete", "toujours", "nouvelle", "reponse",
        "sont", "etes", "suis", "etait", "were", "am", "tickets", "demandes", "requests", "incidents", "look", "vu", "voir",
        "far", "everything", "things", "pending", "helpdesk", "desk", "support", "eta", "picked", "manager", "needs",
        "needed", "approval", "somebody", "ridiculous", "already", "ouverts", "neuf", "valider", "doit", "sujet",
        "concernant", "tout", "cours", "whole", "anything", "logged", "out", "guys", "toutes", "tous", "all", "every",
        // Said around a follow-up without naming the ticket: chasing, an assignment, an approval, "already", "as".
        "deja", "comme", "chase", "chasing", "assigned", "assign", "tech", "technician", "movement", "moving", "pu",
        "info", "infos", "information", "detail", "details", "ajoute", "rajoute", "rajouter", "pris", "approuve",
        "approuvee", "approuver", "relancer", "relancez", "normal", "sorry", "mind", "chaser", "attendre",
        "quelque", "chose", "something", "ive", "asked",
        // A period says when, never which, and asking to see says what is wanted of it ("can I see everything I've
        // reported this month", "voir ce que j'ai ouvert cette semaine").
        "month", "months", "week", "weeks", "year", "quarter", "mois", "semaine", "semaines", "annee", "trimestre",
        "see", "view", "voir",
        // Asking which, or for a list, never names the ticket.
        "which", "quels", "quelles", "lesquels", "lesquelles", "list", "liste", "show", "montre", "montrer", "montrez",
        "afficher", "affiche",
    };

    public static IEnumerable<string> Words => Asks.Words;

    /// <summary>Whether <paramref name="words"/> ask about one ticket, the list, or add to a ticket.</summary>
    public static Kind Of(IReadOnlyList<string> words, bool question, out string? subject)
    {
        subject = null;

        // A known problem ("known issue", "incident connu") is everyone's, never one of my tickets: an outage asked about.
        if (words.Any(KnownWords.Contains))
        {
            return Kind.None;
        }

        words = WithoutNewThings(words);
        var asks = Asks.Matches(words);
        var comment = asks.Contains(true);
        var named = NamesOneTicket(words) || TrailingUpdate(words) || DayOfATicket(words);

        // Wordings no phrase lists still ask about something already reported by their kinds of words.
        var asked = asks.Count > 0 || FollowUpSignals.Of(words, question) == FollowUpSignals.Signal.Asked;
        if (!asked && !named)
        {
            return Kind.None;
        }

        subject = SubjectOf(words);
        if (subject is null && !comment && NamesOneOwnTicket(words))
        {
            // "any news on my ticket?", "ma demande avance ?": one ticket, which one not said (the router offers the open ones).
            subject = string.Empty;
            return Kind.AskedAboutOneTicket;
        }

        return comment ? Kind.Comment
            : subject is null ? Kind.List
            : asked ? Kind.AskedAboutOneTicket
            : Kind.OneTicket;
    }

    /// <summary>Words that may follow "du nouveau" / "des nouvelles" asked for news: where from, about what, when, politeness.</summary>
    private static readonly HashSet<string> AfterNews = new(StringComparer.Ordinal)
    {
        "sur", "pour", "concernant", "de", "du", "des", "d", "cote", "depuis", "dans", "a", "au", "aux", "par", "niveau", "la",
        "le", "les", "l", "svp", "stp", "merci", "ou", "alors", "encore", "toujours", "ici", "dessus", "aujourd", "hier", "svp",
        "et", "ca", "ce", "c", "avec", "vers", "car", "parce", "sinon", "donc", "quant", "niveau", "please", "thanks", "on",
    };

    /// <summary>
    /// "une licence pour les plans du nouveau bâtiment", "des nouvelles imprimantes": "nouveau" before a noun is new things,
    /// not news asked for; it is left out so "du nouveau" does not read as "any news". "Du nouveau sur ma demande ?",
    /// "des nouvelles ?" keep it.
    /// </summary>
    private static IReadOnlyList<string> WithoutNewThings(IReadOnlyList<string> words)
    {
        var adjective = Enumerable.Range(1, Math.Max(0, words.Count - 2)).Where(i => words[i] is "nouveau" or "nouvelles" && words[i - 1] is "du" or "des"
            && words[i + 1].Length > 2 && !AfterNews.Contains(words[i + 1]) && !char.IsAsciiDigit(words[i + 1][0])).ToHashSet();
        return adjective.Count == 0 ? words : [.. words.Where((_, i) => !adjective.Contains(i))];
    }

    private static readonly HashSet<string> KnownWords = new(StringComparer.Ordinal) { "known", "connu", "connus", "connue", "connues" };

    /// <summary>Words that ask for the whole list even after "my ticket" ("my ticket history").</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "history", "historique", "list", "liste", "all", "every", "tous", "toutes", "tout", "everything", "mes",
    };

    /// <summary>"my ticket", "ma demande", "mon incident": a possessive and a ticket word in the singular, no list asked for.</summary>
    private static bool NamesOneOwnTicket(IReadOnlyList<string> words)
    {
        if (words.Any(ListWords.Contains))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] is "my" or "mon" or "ma" or "our" or "notre" && TicketWords.Contains(words[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"my printer ticket", "the ticket about outlook", "ma demande pour Visio": a ticket word after "my"/"the", not after "a"/"new".</summary>
    private static bool NamesOneTicket(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!TicketWords.Contains(words[i]) || (i > 0 && Pronouns.Contains(words[i - 1])))
            {
                // "mon pc me demande de redémarrer", "je demande": the verb after its subject or object, no ticket named.
                continue;
            }

            for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
            {
                if (Indefinite.Contains(words[k]))
                {
                    break;
                }

                if (Determiners.Contains(words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"ticket from yesterday??", "I raised something on friday": a ticket word and a day it was opened.</summary>
    private static bool DayOfATicket(IReadOnlyList<string> words) =>
        words.Any(w => TicketWords.Contains(w) || w is "tickets" or "something" or "quelque") && NamedDay.Names(words);

    /// <summary>"printer issue update??": the word "update" after a ticket or problem word ends the message.</summary>
    private static bool TrailingUpdate(IReadOnlyList<string> words) =>
        words.Count > 1 && words[^1] is "update" or "updates" or "status" && words[^2] is "issue" or "problem" or "ticket" or "request" or "thing";

    private static string? SubjectOf(IReadOnlyList<string> words)
    {
        var subject = new List<string>(MaxSubjectWords);
        for (var i = 0; i < words.Count && subject.Count < MaxSubjectWords; i++)
        {
            var word = words[i];
            if (word.Length > 1 && !NotSubject.Contains(word) && !FollowUpSignals.Says(word) && !char.IsAsciiDigit(word[0]) && !subject.Contains(word)
                && !NamedDay.IsDayWord(word))
            {
                subject.Add(word);
            }
        }

        return subject.Count == 0 ? null : string.Join(' ', subject);
    }
}
