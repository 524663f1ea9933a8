using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// What the first message already says, so it is not asked again: the newcomer's name (two or three capitalised words,
/// "Julie Martin"), an e-mail address, the start date ("next Monday", "le 12 janvier") and what they need (clear
/// catalogue matches only). Everything taken is on the summary, where it can be changed.
/// </summary>
internal sealed record NewStarterFirstMessage(string? Name, string? Email, DateOnly? StartDate, IReadOnlyList<string> Items)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    // Capitalised words in a row, as a name is written; days, months and the request's own words are not names.
    private static readonly Regex Capitalised = new(@"\b\p{Lu}[\p{Ll}'’\-]+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex Address = new(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, Budget);

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
        "aout", "septembre", "octobre", "novembre", "decembre", "new", "starter", "hire", "joiner", "nouvel", "nouvelle",
        "nouveau", "arrivant", "arrivee", "hi", "hello", "bonjour", "salut", "please", "merci", "thanks", "next", "prochain",
    };

    public static NewStarterFirstMessage Read(string? text, AccessCatalogue catalogue, DateOnly today, bool dayFirst)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NewStarterFirstMessage(null, null, null, []);
        }

        try
        {
            var email = Address.Match(text) is { Success: true } a ? a.Value : null;
            var start = StartDates.Read(text, today, dayFirst);
            return new NewStarterFirstMessage(NameIn(text, catalogue), email, start >= today ? start : null, [.. NewStarterItems.Read(text, catalogue).Taken.Select(r => r.Id)]);
        }
        catch (RegexMatchTimeoutException)
        {
            return new NewStarterFirstMessage(null, null, null, []);
        }
    }

    /// <summary>A typed answer to "who starts?": the e-mail address out, the rest is the name.</summary>
    public static (string Name, string? Email) Who(string text)
    {
        var email = Address.Match(text) is { Success: true } a ? a.Value : null;
        var name = (email is null ? text : text.Replace(email, " ", StringComparison.Ordinal)).Trim(' ', ',', ';', '-', '(', ')', '<', '>');
        return (Regex.Replace(name, @"\s+", " ", RegexOptions.None, Budget), email);
    }

    public static bool IsEmail(string? text) => text is not null && Address.Match(text) is { Success: true } m && m.Value == text.Trim();

    /// <summary>Not the first words (a sentence starts with a capital), not a date, not something the catalogue knows ("Finance Teams").</summary>
    private static string? NameIn(string text, AccessCatalogue catalogue)
    {
        foreach (Match candidate in Capitalised.Matches(text))
        {
            var words = candidate.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (candidate.Index > 0 && words.All(w => !NotNames.Contains(CatalogueText.Fold(w)))
                && Enum.GetValues<CataloguePart>().All(p => catalogue.Match(p, candidate.Value).IsNone))
            {
                return candidate.Value;
            }
        }

        return null;
    }
}
