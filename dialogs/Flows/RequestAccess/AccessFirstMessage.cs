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

    private static readonly Regex Reason = new(
        @"\b(because|since|as (?:i|we)\b|'?cause|coz|so that|so i can|in order to|to be able to|i(?:'m| am) (?:the |a )?new|i(?:'ve| have)? joined|i(?:'m| am) joining|i started|"
        + @"car|parce qu|puisque|vu que|afin d|pour pouvoir|je rejoins|j'ai rejoint|je suis (?:le |la )?(?:nouveau|nouvelle|nouvel)|je viens d'arriver|j'en ai besoin pour)",
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
        var found = Reason.Match(text);
        if (!found.Success)
        {
            return null;
        }

        var reason = text[found.Index..].Trim();
        reason = reason.Length >= limits.JustificationMin ? char.ToUpperInvariant(reason[0]) + reason[1..] : text.Trim();
        return reason.Length >= limits.JustificationMin && reason.Length <= limits.JustificationMax ? reason : null;
    }

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
