using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;

namespace ServiceDesk.Dialogs.Flows.NewStarter;

/// <summary>
/// A start date said in words, in English or French: "next Monday", "lundi prochain", "tomorrow", "demain", "next week"
/// (its Monday), "on the 4th", "le 15", and the dates the access flow reads ("12 janvier", "March 2", "2027-01-04",
/// "04/01"). Without a year or a month, the next such day. Null when the text names no date.
/// </summary>
internal static class StartDates
{
    // A guard against pathological input, not a speed target: wall-clock, so generous on a busy machine.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static readonly string[][] Days =
    [
        ["sunday", "dimanche"], ["monday", "lundi"], ["tuesday", "mardi"], ["wednesday", "mercredi"], ["thursday", "jeudi"],
        ["friday", "vendredi"], ["saturday", "samedi"],
    ];

    private const string Month = "jan|january|janvier|feb|february|fevrier|mar|march|mars|apr|april|avril|may|mai|jun|june|juin|jul|july|juillet|aug|august|aout|sep|sept|september|septembre|oct|october|octobre|nov|november|novembre|dec|december|decembre";

    private static readonly Regex Weekday = new(
        @"\b(" + string.Join('|', Days.SelectMany(d => d)) + @")\b", RegexOptions.CultureInvariant, Budget);

    private static readonly Regex Tomorrow = new(@"\b(tomorrow|demain)\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex NextWeek = new(@"\b(next week|la semaine prochaine|semaine prochaine)\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex Dated = new(
        $@"\b(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|(?:\d{{1,2}})(?:st|nd|rd|th|er)? (?:of )?(?:{Month})\b(?: \d{{4}})?|(?:{Month}) \d{{1,2}}(?:st|nd|rd|th)?\b(?: \d{{4}})?)",
        RegexOptions.CultureInvariant, Budget);
    private static readonly Regex DayOnly = new(@"\b(?:on the|the|le|du) (\d{1,2})(?:st|nd|rd|th|er)?\b", RegexOptions.CultureInvariant, Budget);

    public static DateOnly? Read(string? text, DateOnly today, bool dayFirst)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Join('/', w.Split('/').Select(p => string.Join('-', p.Split('-').Select(CatalogueText.Fold))))));
        try
        {
            return Match(folded, today, dayFirst);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentOutOfRangeException)
        {
            return null; // "the 31st of February", or a pathological text: asked instead
        }
    }

    private static DateOnly? Match(string folded, DateOnly today, bool dayFirst)
    {
        if (Dated.Match(folded) is { Success: true } dated)
        {
            return AccessDates.EndDate("until " + dated.Value, today, dayFirst);
        }

        if (Tomorrow.IsMatch(folded))
        {
            return today.AddDays(1);
        }

        if (NextWeek.IsMatch(folded))
        {
            return Coming(today, DayOfWeek.Monday);
        }

        if (Weekday.Match(folded) is { Success: true } weekday)
        {
            return Coming(today, (DayOfWeek)Array.FindIndex(Days, d => d.Contains(weekday.Value)));
        }

        if (DayOnly.Match(folded) is { Success: true } day && int.Parse(day.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) is var d and >= 1 and <= 31)
        {
            var month = new DateOnly(today.Year, today.Month, 1);
            for (var i = 0; i < 3; i++, month = month.AddMonths(1))
            {
                if (d <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(d - 1) >= today)
                {
                    return month.AddDays(d - 1);
                }
            }
        }

        return null;
    }

    /// <summary>The next such day after today ("Monday" said on a Monday is next week's).</summary>
    private static DateOnly Coming(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }
}
