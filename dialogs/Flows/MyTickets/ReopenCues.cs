using System.Globalization;
using System.Text;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>"Reopen INC-000123", "rouvrir REQ-000045": asking to reopen, which a closed ticket answers with its follow-up.</summary>
internal static class ReopenCues
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "reopen", "reopened", "reopening", "re-open", "rouvrir", "rouvre", "rouvrez", "reouvrir", "reouvre", "reouvrez", "reouverture",
    };

    public static bool AsksReopen(string? text) =>
        text is { Length: > 0 } && Fold(text).Split([' ', ',', '.', ';', ':', '!', '?', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);

    /// <summary>Lower case without accents, so "Réouvrir" and "reouvrir" are one word.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }
}
