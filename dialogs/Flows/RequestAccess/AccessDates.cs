using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Flows.RequestAccess;

/// <summary>
/// An end date said in words, in English or French: "until March 31", "till 31st of march 2027", "jusqu'au 31 mars",
/// "until 31/03", "end of March", "fin mars", "for two weeks", "pendant 3 mois". Without a year, the next such date.
/// </summary>
internal static class AccessDates
{
    // A guard against pathological input, not a speed target: wall-clock, so generous on a busy machine.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static readonly string[][] MonthNames =
    [
        ["jan", "january", "janvier"], ["feb", "february", "fevrier"], ["mar", "march", "mars"], ["apr", "april", "avril"],
        ["may", "mai"], ["jun", "june", "juin"], ["jul", "july", "juillet"], ["aug", "august", "aout"],
        ["sep", "sept", "september", "septembre"], ["oct", "october", "octobre"], ["nov", "november", "novembre"], ["dec", "december", "decembre"],
    ];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["un"] = 1, ["une"] = 1, ["two"] = 2, ["deux"] = 2, ["three"] = 3, ["trois"] = 3,
        ["four"] = 4, ["quatre"] = 4, ["five"] = 5, ["cinq"] = 5, ["six"] = 6, ["eight"] = 8, ["huit"] = 8, ["ten"] = 10, ["dix"] = 10,
        ["twelve"] = 12, ["douze"] = 12, ["fifteen"] = 15, ["quinze"] = 15, ["couple of"] = 2,
    };

    private static readonly string Month = string.Join('|', MonthNames.SelectMany(m => m).OrderByDescending(m => m.Length));
    private const string Until = @"(?:until|untill|till|til|through|thru|up to|to|by|jusqu au|jusqu a|jusqu en|jusque|au)";

    private static readonly Regex DayMonth = new($@"\b{Until} (?:the |le )?(\d{{1,2}})(?:st|nd|rd|th|er)? (?:of )?({Month})\b(?: (\d{{4}}))?", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex MonthDay = new($@"\b{Until} ({Month}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?: (\d{{4}}))?", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex Numeric = new($@"\b{Until} (?:the |le )?(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2}}|\d{{4}}))?\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex Iso = new(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex EndOf = new($@"\b(?:end of|fin|fin de|fin d) (?:the month|du mois|({Month}))\b", RegexOptions.CultureInvariant, Budget);
    private static readonly Regex Duration = new(
        $@"\b(?:for|pendant|pour|durant|sur) (?:the next |the |les |des )?(\d{{1,3}}|{string.Join('|', Numbers.Keys)}) (days?|weeks?|months?|jours?|semaines?|mois)\b",
        RegexOptions.CultureInvariant, Budget);

    public static DateOnly? EndDate(string text, DateOnly today, bool dayFirst)
    {
        // Folded (no accents, lower case) but with '/' and '-' kept for numeric dates.
        var folded = Regex.Replace(string.Join(' ', text.Split(' ').Select(w => string.Join('/', w.Split('/').Select(p => string.Join('-', p.Split('-').Select(CatalogueText.Fold)))))), @"\s+", " ", RegexOptions.None, Budget);
        try
        {
            return Match(folded, today, dayFirst);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // "until 31 february": no such day, ask
        }
    }

    private static DateOnly? Match(string folded, DateOnly today, bool dayFirst)
    {
        if (Iso.Match(folded) is { Success: true } iso)
        {
            return new DateOnly(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
        }

        if (DayMonth.Match(folded) is { Success: true } dm)
        {
            return Dated(Int(dm.Groups[1]), MonthOf(dm.Groups[2].Value), dm.Groups[3], today);
        }

        if (MonthDay.Match(folded) is { Success: true } md)
        {
            return Dated(Int(md.Groups[2]), MonthOf(md.Groups[1].Value), md.Groups[3], today);
        }

        if (Numeric.Match(folded) is { Success: true } n)
        {
            var (a, b) = (Int(n.Groups[1]), Int(n.Groups[2]));
            return dayFirst ? Dated(a, b, n.Groups[3], today) : Dated(b, a, n.Groups[3], today);
        }

        if (EndOf.Match(folded) is { Success: true } end)
        {
            var month = end.Groups[1].Success ? MonthOf(end.Groups[1].Value) : today.Month;
            var year = month < today.Month ? today.Year + 1 : today.Year;
            return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        }

        if (Duration.Match(folded) is { Success: true } d)
        {
            var count = int.TryParse(d.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : Numbers[d.Groups[1].Value];
            var unit = d.Groups[2].Value;
            return unit.StartsWith("week", StringComparison.Ordinal) || unit.StartsWith("semaine", StringComparison.Ordinal) ? today.AddDays(7 * count)
                : unit.StartsWith("month", StringComparison.Ordinal) || unit == "mois" ? today.AddMonths(count)
                : today.AddDays(count);
        }

        return null;
    }

    private static DateOnly Dated(int day, int month, Group year, DateOnly today)
    {
        if (year.Success)
        {
            var y = Int(year);
            return new DateOnly(y < 100 ? 2000 + y : y, month, day);
        }

        var date = new DateOnly(today.Year, month, day);
        return date <= today ? date.AddYears(1) : date;
    }

    private static int MonthOf(string name) => Array.FindIndex(MonthNames, m => m.Contains(name)) + 1;

    private static int Int(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
