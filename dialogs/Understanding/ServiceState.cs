using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Asking about the state of the service for everyone rather than reporting one's own problem, read by kinds of words in
/// both languages: something wrong (an incident, an issue, a problem, "un souci", "une panne", "down", "something going
/// on") asked about, with a word that makes it shared: its scope ("global", "général", "everyone", "partout",
/// "widespread") or its being known or going on now ("known", "connu", "ongoing", "en cours", "en ce moment", "today"),
/// or asked as whether any exists ("are there any issues", "y a des incidents ?"). "Are there any ongoing incidents",
/// "c'est normal que tout soit lent, y a un problème global ?", "is something down?" ask it; "my Outlook is slow" reports
/// a problem, and a problem of one's own ("my", "mon") with only a "today" or "now" beside it is still one's own.
/// </summary>
internal static class ServiceState
{
    /// <summary>What a shared state asked about adds to the outage (before the asked shape multiplies it).</summary>
    public const double Weight = 4;

    private static readonly HashSet<string> Wrong = new(StringComparer.Ordinal)
    {
        "incident", "incidents", "issue", "issues", "problem", "problems", "probleme", "problemes", "souci", "soucis", "pb",
        "panne", "pannes", "outage", "outages", "down", "disruption", "disruptions", "perturbation", "perturbations", "coupure",
        "coupures", "tombe", "dysfonctionnement", "dysfonctionnements", "bug", "bugs", "glitch", "glitches",
    };

    /// <summary>Shared by everyone: said whatever else the message holds ("a general problem with my mail" is still general).</summary>
    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "global", "globale", "globaux", "globales", "general", "generale", "generaux", "generales", "generalise", "generalisee",
        "everyone", "everybody", "partout", "everywhere", "widespread", "massive", "massif",
    };

    private static readonly string[][] ScopePhrases =
    [
        .. ((string[])["tout le monde", "pour tous", "toute la boite", "whole company", "all users", "tous les utilisateurs",
            "pas que moi", "not just me", "not only me", "pas seulement moi", "anyone else", "d autres"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>A state said broken ("coupé", "en rade", "HS"): something wrong only beside a scope or a "just me?" tag.</summary>
    private static readonly HashSet<string> Broken = new(StringComparer.Ordinal)
    {
        "coupe", "coupee", "coupes", "coupees", "rade", "hs", "broken", "dead", "crashed", "plante", "plantent", "slow", "lent",
        "lents", "lente", "lentes", "rame", "rament",
    };

    /// <summary>The question tag that asks whether it is shared: "or is it just me", "ou c'est juste moi", "ou quoi".</summary>
    private static readonly string[][] JustMe =
    [
        .. ((string[])["or is it just me", "or just me", "is it just me", "ou c est juste moi", "ou juste moi", "c est juste moi",
            "ou c est que moi", "ou quoi", "or what"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>Known or going on now: shared only when nothing of one's own is named ("my mail is down today" is mine).</summary>
    private static readonly HashSet<string> Current = new(StringComparer.Ordinal)
    {
        "known", "connu", "connus", "connue", "connues", "ongoing", "current", "currently", "actuel", "actuels", "actuelle",
        "actuellement", "today", "atm", "reported", "signale", "signales",
    };

    private static readonly string[][] CurrentPhrases =
    [
        .. ((string[])["en cours", "right now", "en ce moment", "aujourd hui", "at the moment", "this morning", "ce matin",
            "going on", "se passe", "in progress"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>Asking whether any exists: "are there any issues", "is there an outage", "y a des incidents", "il y a une panne".</summary>
    private static readonly string[][] Existence =
    [
        .. ((string[])["are there", "is there", "any", "y a", "il y a", "ya", "is something", "quelque chose"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>Something of one's own, or oneself as the subject ("my mail", "j'ai des soucis", "I get errors").</summary>
    private static readonly HashSet<string> Own = new(StringComparer.Ordinal)
    {
        "my", "mine", "mon", "ma", "mes", "our", "notre", "nos", "i", "im", "ive", "je", "j",
    };

    private static readonly HashSet<string> Many = new(StringComparer.Ordinal)
    {
        "incidents", "issues", "problems", "problemes", "soucis", "pannes", "outage", "outages", "panne", "down", "perturbations",
        "disruptions", "coupure", "coupures",
    };

    /// <summary>An asked message about the service's state for everyone (see the class).</summary>
    /// <param name="words">The message's folded, repaired words.</param>
    /// <param name="asked">Asked: a question mark or a question's opening.</param>
    public static bool IsAskedOf(IReadOnlyList<string> words, bool asked)
    {
        var justMe = JustMe.Any(p => WordPhrases.IndexOf(words, p) >= 0);
        if ((!asked && !justMe) || !words.Any(w => Wrong.Contains(w) || Broken.Contains(w)))
        {
            return false;
        }

        if (justMe)
        {
            // "internet est coupé partout ou c'est juste moi", "is teams down or is it just me": the tag asks, and asks
            // whether it is shared, even without a question mark.
            return true;
        }

        if (words.Any(Scope.Contains) || ScopePhrases.Any(p => WordPhrases.IndexOf(words, p) >= 0))
        {
            return true;
        }

        if (!words.Any(Wrong.Contains))
        {
            // A broken state alone ("teams is slow today?") is one's own problem unless its scope is said.
            return false;
        }

        if (words.Any(Own.Contains))
        {
            return false;
        }

        return words.Any(Current.Contains) || CurrentPhrases.Any(p => WordPhrases.IndexOf(words, p) >= 0)
            || (words.Any(Many.Contains) && Existence.Any(p => WordPhrases.IndexOf(words, p) >= 0));
    }
}
