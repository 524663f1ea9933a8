using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Flows.Knowledge;

/// <summary>What a short message says about the article just shown.</summary>
internal enum Feedback
{
    None,
    Helpful,
    NotHelpful,
}

/// <summary>
/// Reads typed feedback after an article, in English and French, accents and punctuation optional: "yes", "thanks",
/// "merci", "ça marche" are helpful; "no", "non", "pas vraiment", "didn't help", "ça marche pas" are not. Only short
/// messages are feedback: "no, my printer is on fire" is a new question. Negations are read first, so "ça marche
/// pas" is never taken for "ça marche".
/// </summary>
internal static class KnowledgeFeedback
{
    private const int MaxWords = 6;
    private const int MaxWordsForOneWordCue = 3;

    private static readonly string[] NotHelpful =
    [
        "no", "nope", "nah", "non", "not really", "not at all", "didnt help", "did not help", "doesnt help", "does not help",
        "not helpful", "didnt work", "did not work", "doesnt work", "does not work", "still not working", "still broken",
        "no luck", "not solved", "useless", "wrong article", "not what i asked", "that s not it", "not it",
        "pas vraiment", "pas du tout", "non merci", "ca n a pas aide", "ca ne m a pas aide", "ca m a pas aide",
        "ca ne marche pas", "ca marche pas", "ca ne marche toujours pas", "ca marche toujours pas", "toujours pas",
        "pas resolu", "ca n a rien change", "inutile", "ca ne fonctionne pas", "ca fonctionne pas", "pas ca", "c est pas ca",
        "ce n est pas ca", "bof",
    ];

    private static readonly string[] Helpful =
    [
        "yes", "yep", "yeah", "yup", "thanks", "thank you", "thx", "ty", "cheers", "that worked", "it worked", "worked",
        "solved", "fixed", "perfect", "great", "that helped", "it helped", "helpful", "sorted", "all good", "ok thanks",
        "oui", "merci", "ca marche", "ca a marche", "c est bon", "parfait", "super", "resolu", "nickel", "top", "genial",
        "ca fonctionne", "ca a fonctionne", "c est regle", "merci beaucoup", "ca m a aide", "ca a aide",
        "fixed it", "that fixed", "solved it", "that solved", "problem solved", "works now",
        "ca a regle", "ca regle", "c est resolu", "probleme resolu", "ca remarche", "ca marche maintenant",
    ];

    /// <summary>The longest message still read as only the wish to report ("ok then, I want to report it please").</summary>
    private const int MaxReportWords = 9;

    // Verbs that report on their own ("report it", "je veux le signaler") and verbs that need a ticket named after them
    // ("open a ticket", "fais un ticket": "open it" is not a report).
    private static readonly HashSet<string> ReportVerbs =
    [
        "report", "raise", "log", "file", "declare", "escalate",
        "signaler", "signale", "signalez", "signalons", "declarer", "declare", "declarez", "remonter", "remonte", "remontez",
    ];

    private static readonly HashSet<string> TicketVerbs =
    [
        "open", "create", "make", "submit", "start", "put", "send", "do", "get", "raise", "log", "file",
        "ouvrir", "ouvre", "ouvrez", "ouvrons", "creer", "cree", "creez", "faire", "fais", "faites", "fait", "lancer", "lance",
        "lancez", "envoyer", "envoie", "envoyez", "mettre", "mets", "mettez",
    ];

    private static readonly HashSet<string> TicketNouns = ["ticket", "incident", "case", "issue", "problem", "probleme", "demande"];

    // Words around a wish that say nothing of a problem: pronouns for "it", wanting, politeness, "then", "ok".
    private static readonly HashSet<string> Around =
    [
        "i", "id", "d", "want", "wanna", "would", "like", "to", "please", "pls", "plz", "then", "ok", "okay", "so", "just",
        "can", "could", "you", "we", "a", "an", "the", "me", "for", "it", "this", "that", "yes", "yeah", "well", "let", "lets",
        "s", "go", "ahead", "and", "instead", "anyway", "rather", "new", "one", "need", "no", "nope", "nah", "non", "will", "ll", "shall", "oh",
        "je", "j", "veux", "voudrais", "vais", "prefere", "le", "la", "l", "un", "une", "du", "alors", "bon", "ben", "bah", "d",
        "accord", "daccord", "merci", "svp", "stp", "s", "il", "te", "vous", "plait", "ca", "cela", "pour", "moi", "m", "on",
        "peut", "pouvez", "peux", "tu", "donc", "plutot", "quand", "meme", "oui", "ouais", "dans", "ce", "cas", "y", "en",
        "nouveau", "nouvel", "aller", "allez", "vas", "besoin", "ai", "faut", "faudrait", "puis", "pouvoir", "pourriez", "pourrais",
    ];

    /// <summary>
    /// The wish to report what the article was about, typed rather than clicked: "report it", "open a ticket then",
    /// "je veux le signaler", "ok fais un ticket". Every word is a reporting verb, a word for a ticket, or one that says
    /// nothing of a problem, so "report that my screen is broken" (a new problem) is not it, nor "my tickets".
    /// </summary>
    public static bool WishesReport(string? text)
    {
        var words = Words(text);
        if (words.Count is 0 or > MaxReportWords)
        {
            return false;
        }

        var reports = words.Any(ReportVerbs.Contains);
        var ticket = words.Any(TicketNouns.Contains);
        var opens = words.Any(TicketVerbs.Contains);

        // Without a verb, only a short message naming a ticket ("a ticket then", "un ticket svp"): "no problem" is not one.
        var named = words.Count <= 4 && words.Any(w => w is "ticket" or "incident");
        return (reports || (ticket && opens) || named)
            && words.All(w => ReportVerbs.Contains(w) || TicketVerbs.Contains(w) || TicketNouns.Contains(w) || Around.Contains(w));
    }

    public static Feedback Read(string? text)
    {
        var words = Words(text);
        if (words.Count is 0 or > MaxWords)
        {
            return Feedback.None;
        }

        var phrase = " " + string.Join(' ', words) + " ";
        var shortOne = words.Count <= MaxWordsForOneWordCue;
        return Matches(phrase, PaddedNotHelpful, shortOne) ? Feedback.NotHelpful
            : Matches(phrase, PaddedHelpful, shortOne) ? Feedback.Helpful
            : Feedback.None;
    }

    // The cues with a space on each side, made once: this runs on every message of a dialog that showed an article.
    private static readonly (string Padded, bool Phrase)[] PaddedNotHelpful = Pad(NotHelpful);
    private static readonly (string Padded, bool Phrase)[] PaddedHelpful = Pad(Helpful);

    private static (string Padded, bool Phrase)[] Pad(string[] cues) =>
        [.. cues.Select(c => (" " + c + " ", c.Contains(' ', StringComparison.Ordinal)))];

    // A phrase cue counts anywhere ("well it didnt help"); a one-word cue only to start a short message ("no sorry").
    private static bool Matches(string phrase, (string Padded, bool Phrase)[] cues, bool shortOne)
    {
        foreach (var (padded, isPhrase) in cues)
        {
            if (isPhrase ? phrase.Contains(padded, StringComparison.Ordinal) : shortOne && phrase.StartsWith(padded, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c is '\'' or '’' ? '\0' : ' ');
        }

        // "didn't" → "didnt", "n'a" → "n a": the apostrophe joins English contractions and splits French elisions.
        var joined = folded.ToString().Replace("n\0t", "nt", StringComparison.Ordinal).Replace("\0", " ", StringComparison.Ordinal);
        return [.. joined.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
