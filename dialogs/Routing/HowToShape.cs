using ServiceDesk.Dialogs.Text;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// A message that asks how to do something ("how do I export a diagram from Visio?", "ça se fait comment ?", "is there
/// a way to…"), told apart by its shape, not its subject: a product named in a how-to is what the question is about,
/// not a wish for that product. <see cref="AsksHow"/> says it is a how-to; <see cref="AsksForAccess"/> that the how-to
/// is about getting access or a licence (then it may still be a request); <see cref="AsksForFix"/> that it asks how to
/// fix something that is broken (then it is a problem).
/// </summary>
internal static class HowToShape
{
    /// <summary>Said before the question ("quick question", "btw", "bonjour"): skipped to find how it opens.</summary>
    private static readonly string[][] Openers =
    [
        .. ((string[])["quick question", "quick q", "question", "btw", "by the way", "hey", "hi", "hello", "ok", "so", "also", "and",
            "bonjour", "salut", "petite question", "question rapide", "au fait", "dites", "dis", "sinon", "et", "alors", "hello"])
            .Select(p => p.Split(' ')),
    ];

    private static readonly string[][] HowPhrases =
    [
        .. ((string[])["how do i", "how can i", "how to", "how would i", "how should i", "how does one", "how do people", "how do you",
            "how do we", "how can we", "is there a way", "is there a tool", "is there an app", "whats the way", "what is the way",
            "what s the way", "what is the procedure", "whats the procedure", "what s the procedure", "where do i find",
            "where can i find", "comment on", "comment je", "comment faire", "comment puis je", "comment est ce qu on",
            "comment est ce que je", "comment fait on", "ca se fait comment", "on fait comment", "je fais comment",
            "je dois faire comment", "c est quoi la demarche", "quelle est la demarche", "quelle est la procedure",
            "y a t il un moyen", "il y a un moyen", "est ce qu il y a un moyen", "ou je trouve", "ou trouver", "ou est ce que je trouve",
            "comment ca marche", "how does it work", "how does that work"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>"how come" and "comment ça se fait que" ask why, about a fault.</summary>
    private static readonly string[][] Why =
    [
        .. ((string[])["how come", "comment ca se fait que", "comment ca se fait qu", "comment se fait il", "comment ca se fait"])
            .Select(p => p.Split(' ')),
    ];

    private static readonly HashSet<string> AccessWords = new(StringComparer.Ordinal)
    {
        "access", "acces", "droits", "droit", "permission", "permissions", "rights", "licence", "license", "licences", "licenses",
        "install", "installed", "installer", "installe", "membre", "member", "join", "rejoindre", "added", "ajoute", "ajouter",
        "ajoutez",
    };

    /// <summary>Asking how to make a request ("comment demander une licence"): a request in a how-to's words.</summary>
    private static readonly HashSet<string> RequestVerbs = new(StringComparer.Ordinal)
    {
        "request", "requested", "demander", "demande", "order", "commander", "obtain", "obtenir", "apply",
    };

    private static readonly HashSet<string> FixWords = new(StringComparer.Ordinal)
    {
        "fix", "repair", "solve", "resolve", "unblock", "unlock", "stop", "troubleshoot", "reparer", "resoudre", "regler",
        "debloquer", "depanner", "corriger", "arreter", "error", "erreur", "broken", "casse", "panne", "crash", "crashes",
        "bug", "bugue", "plante", "keeps", "anymore", "doesnt", "wont", "cant", "cannot", "fails", "failing", "failed", "stopped",
        "narrive", "impossible",
    };

    /// <summary>The message opens (after greetings and asides) as a how-to, has a how-to phrase, or ends on "comment".</summary>
    public static bool AsksHow(string? text)
    {
        var words = TextFolding.Words(text);
        if (words.Count < 3)
        {
            return false;
        }

        if (Why.Any(p => WordPhrases.IndexOf(words, p) >= 0))
        {
            return false;
        }

        var start = OpenerLength(words);
        if (start < words.Count && words[start] is "how" or "comment" && start + 1 < words.Count)
        {
            return true;
        }

        // French asks how anywhere in the sentence ("je la fais apparaître comment dans Outlook") and where at its end
        // ("je le renouvelle où ?"); English with its usual openings wherever they come.
        return words.Contains("comment")
            || (words[^1] == "ou" && text!.Contains('?', StringComparison.Ordinal))
            || HowPhrases.Any(p => WordPhrases.IndexOf(words, p) >= 0);
    }

    /// <summary>The how-to is about getting access, a licence, an installation: it may still be a request.</summary>
    public static bool AsksForAccess(string? text) => TextFolding.Words(text).Any(AccessWords.Contains);

    /// <summary>The how-to asks how to make a request: the request's own way (its article, then its form) answers it.</summary>
    public static bool AsksToRequest(string? text) => TextFolding.Words(text).Any(RequestVerbs.Contains);

    /// <summary>The how-to asks how to fix something broken: a problem asked about.</summary>
    public static bool AsksForFix(string? text) => TextFolding.Words(text).Any(FixWords.Contains);

    private static int OpenerLength(List<string> words)
    {
        var start = 0;
        var skipped = true;
        while (skipped && start < words.Count)
        {
            skipped = false;
            foreach (var opener in Openers)
            {
                if (start + opener.Length <= words.Count && opener.Select((w, i) => words[start + i] == w).All(x => x))
                {
                    start += opener.Length;
                    skipped = true;
                    break;
                }
            }
        }

        return start;
    }
}
