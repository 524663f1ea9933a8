using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>
/// What the first message already says besides the resource, so it is not asked again: the reason ("… because I
/// joined the budget team"), the level ("read only", "lecture seule") and the end date ("until March 31", "for
/// two weeks"). Everything taken is shown on the summary, where it can be changed.
/// </summary>
internal sealed record AccessFirstMessage(string? Justification, string? Level, DateOnly? EndDate)
{
    // A guard against pathological input, not a speed target: wall-clock, so generous on a busy machine.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    // Read on a copy with accents and curly apostrophes folded letter for letter (same length, so the reason is cut from
    // the text as typed). "for the audit", "pour le projet X", "to update the price lists", "my manager asked me",
    // "je remplace …": a purpose, a person asking or a role taken over. "for" right after the access asked ("access
    // for the HR site", "a licence for the PDF editor") names the resource, and "for two weeks", "pour une semaine" a
    // duration: neither is a reason. Not seeing or reaching what the resource holds ("can't see my customers' deals",
    // "je n'arrive pas à voir les règlements") is why it is asked, and so is what it holds wished for in a clause of its
    // own ("the HR drive please, I need the contract templates", "…, j'ai besoin des modèles"). "for the month end" is a
    // purpose, not a duration.
    private static readonly Regex Reason = new(
        @"\b(because|since|as (?:i|we)\b|'?cause|coz|so that|so i can|in order to|to be able to|i(?:'m| am) (?:the |a )?new|i(?:'ve| have)? joined|i(?:'m| am) joining|i started|"
        + @"(?<!\b(?:access|acces|rights|droits|licence|license|licences|licenses|permission|permissions|membership|seat|account|login) )for (?:the|an?|our|my|this|that|upcoming|these|those) (?!(?:[\w-]+ ){0,2}(?:days?|weeks?|months?|years?|while|moment|time being)(?![\w-]| end\b| close\b))"
        + @"|for (?!(?:marketing|accounting|engineering|purchasing|reporting|pricing|training|nothing|something|everything|anything)\b)\w+ing\b"
        + @"|to (?:update|upload|prepare|review|check|post|publish|share|follow|manage|run|create|draw|plan|track|support|finish|complete|handle|process|submit|approve|answer|send|print|download|build|deploy|work on|look up|maintain|monitor|analy[sz]e|audit|reconcile|file|classify|sort|train|onboard|cover|replace|help|retouch|design|sign|fill|post|book|pay|invoice|quote|present|prospect)\b"
        + @"|(?:my|our) (?:manager|boss|team lead|lead|director|supervisor|line manager|head of \w+) (?:asked|wants|told|said|needs|requested|approved)|asked by my|requested by|at the request of|on behalf of"
        + @"|i(?:'?m| am) (?:taking over|replacing|covering|in charge|responsible|working on|now (?:in|on|handling|responsible|the)|moving to|starting on|running|handling|the \w+ for)|i (?:took|take|will take) over|i(?:'ll| will) be (?:working|handling|covering|running|taking|replacing)|i (?:have|need) to (?:prepare|update|upload|review|check|post|publish|share|manage|run|create|draw|plan|track|finish|complete|handle|process|submit|send|print|write|present|classify|sort|file)\b|"
        + @"car|parce qu|puisque|vu que|afin d|pour pouvoir|je rejoins|j'ai rejoint|je suis (?:le |la )?(?:nouveau|nouvelle|nouvel)|je viens d'arriver|j'en ai besoin pour"
        + @"|(?<!\b(?:acces|droits|licence|licences|abonnement|compte) )pour (?:(?:le|la|les|un|une|mon|ma|mes|notre|nos|ce|cet|cette|ces|leur|leurs) |l')(?!(?:[\w-]+ ){0,2}(?:jours?|semaines?|mois|ans?|annees?|moment)(?![\w-]))(?=\w)"
        + @"|pour (?!(?:votre|notre|autre|entre|moi|toi|lui|nous|vous|eux|elle|elles)\b)\w+(?:er|ir|re)\b"
        + @"|je (?:remplace|reprends|m'occupe|gere|prepare|travaille sur|suis en charge|suis responsable|dois (?!avoir|pouvoir|acceder|demander|consulter|voir|ouvrir|utiliser|obtenir)\w+er\b)|en remplacement|a la demande d|demande par|sur demande d"
        + @"|(?:mon|ma|notre) (?:manager|responsable|cheffe?|n\+1|directeur|directrice|superieur) (?:m'a|me|veut|a demande|souhaite)|je viens de (?:rejoindre|integrer|commencer|prendre)"
        + @"|(?<=[,;:?!.-] ?)(?:i |we )?(?:really )?need (?:the|some|our|all the) |(?<=[,;:?!.-] ?)(?:j'ai besoin (?:des|du|de la|de l')|il me faut (?:les|la|le|l'|des) )"
        + @"|(?:i |we )?(?:can'?t|cannot|can not|don'?t|do not) (?:see|view|find|access|get to|get into)\b"
        + @"|(?:je |j'|on )(?:n'|ne )?(?:arrive pas a (?:voir|acceder|consulter|trouver)|vois pas|trouve pas|peux pas (?:voir|acceder|consulter)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    // Checked in this order: "read and write" is a write level, "lecture seule" a read level.
    private static readonly (string Level, string[] Words)[] Levels =
    [
        (AccessLevels.Admin, ["admin", "administrator", "administrateur", "full control", "controle total", "admin rights"]),
        (AccessLevels.Owner, ["owner", "proprietaire"]),
        (AccessLevels.Contribute, ["read write", "read and write", "lecture ecriture", "write", "edit", "editing", "edit rights", "contribute", "contributor", "modify", "ecriture", "modification", "modifier", "contributeur"]),
        (AccessLevels.Read, ["read only", "readonly", "read access", "view only", "read rights", "lecture seule", "en lecture", "lecture", "consultation", "viewer", "read"]),
        (AccessLevels.Member, ["member", "membre"]),
    ];

    public static readonly AccessFirstMessage Nothing = new(null, null, null);

    /// <summary>Reads <paramref name="text"/>; a reason or date outside <paramref name="limits"/> is left to be asked.</summary>
    public static AccessFirstMessage Read(string? text, AccessLimits limits, bool dayFirst)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Nothing;
        }

        try
        {
            var endDate = AccessDates.EndDate(text, limits.Today, dayFirst);
            return new AccessFirstMessage(
                JustificationOf(text, limits),
                LevelOf(text),
                endDate is { } d && d >= limits.FirstEndDate && d <= limits.LastEndDate ? d : null);
        }
        catch (RegexMatchTimeoutException)
        {
            return Nothing; // nothing taken: every step is asked
        }
    }

    /// <summary>The reason from its first word to the end; the whole message when the reason alone is too short.</summary>
    private static string? JustificationOf(string text, AccessLimits limits)
    {
        var found = Reason.Match(Folded(text));
        if (!found.Success)
        {
            return null;
        }

        var reason = text[found.Index..].Trim();
        reason = reason.Length >= limits.JustificationMin ? char.ToUpperInvariant(reason[0]) + reason[1..] : text.Trim();
        return reason.Length >= limits.JustificationMin && reason.Length <= limits.JustificationMax ? reason : null;
    }

    /// <summary>Accents and curly apostrophes folded letter for letter, so what matched is cut from the text as typed.</summary>
    private static string Folded(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'É' or 'È' or 'Ê' => 'E',
                'à' or 'â' or 'ä' => 'a',
                'À' or 'Â' => 'A',
                'î' or 'ï' => 'i',
                'ô' or 'ö' => 'o',
                'ù' or 'û' or 'ü' => 'u',
                'ç' => 'c',
                'Ç' => 'C',
                '’' or '‘' or '`' or 'ʼ' or '´' => '\'',
                var c => c,
            };
        }
    });

    private static string? LevelOf(string text)
    {
        var folded = $" {CatalogueText.Fold(text)} ";
        foreach (var (level, words) in Levels)
        {
            if (words.Any(w => folded.Contains($" {w} ", StringComparison.Ordinal)))
            {
                return level;
            }
        }

        return null;
    }
}
