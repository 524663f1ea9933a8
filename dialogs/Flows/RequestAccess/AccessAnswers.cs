using System.Globalization;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>Reads typed answers: a number from a list, a date, yes. Option steps by meaning are in <see cref="AccessChoices"/>.</summary>
internal static class AccessAnswers
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yep", "yeah", "ok", "okay", "sure", "confirm", "send", "go", "send it", "yes please",
        "oui", "o", "ouais", "d accord", "confirmer", "envoyer", "valider", "c est bon", "oui merci", "envoie",
    };

    private static readonly HashSet<string> NoEndDate = new(StringComparer.Ordinal)
    {
        "none", "no", "never", "permanent", "no end date", "no end", "n a",
        "aucune", "aucun", "non", "jamais", "pas de date", "pas de date de fin", "sans date", "sans",
    };

    /// <summary>"2", "2.", "#2" → index 1 of a list of <paramref name="count"/>; anything else → null.</summary>
    public static int? Number(string? text, int count)
    {
        var digits = text?.Trim().TrimStart('#').TrimEnd('.', ')');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count ? n - 1 : null;
    }

    public static bool IsYes(string? text) => Yes.Contains(Fold(text));

    /// <summary>"none" / "aucune" (permanent), a date as yyyy-MM-dd or in the reader's culture (22/11/2026 in French), or in words.</summary>
    public static bool TryEndDate(string? text, Texts texts, DateOnly today, out DateOnly? date)
    {
        date = null;
        if (NoEndDate.Contains(Fold(text)))
        {
            return true;
        }

        var trimmed = text?.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            || DateOnly.TryParse(trimmed, texts.Culture, DateTimeStyles.None, out iso))
        {
            date = iso;
            return true;
        }

        // "31 mars", "March 31", "for two weeks", "fin mars": read as the first message's end date is.
        try
        {
            date = AccessDates.EndDate($"until {trimmed}", today, dayFirst: texts.Language == "fr");
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            date = null;
        }

        return date is not null;
    }

    private static string Fold(string? text) => CatalogueText.Fold(text);
}
