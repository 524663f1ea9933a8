namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The day a message names for something already reported: a weekday ("the ticket I opened tuesday", "mon ticket de
/// jeudi"), yesterday or today ("hier", "avant-hier"), or a date ("on the 3rd", "le ticket du 4", "3 dec"). It gives the
/// calendar days it may mean, the most recent first (a weekday is this week's or last week's), for the caller to keep
/// the first one that one of the employee's tickets was opened on. "The 2nd floor" or "10 minutes" are no days.
/// </summary>
internal static class NamedDay
{
    private const int WeeksBack = 2;

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["tues"] = DayOfWeek.Tuesday, ["weds"] = DayOfWeek.Wednesday,
        ["thurs"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["lundi"] = DayOfWeek.Monday,
        ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>Short weekdays that are other words too ("wed", "fri"): a day only after "on", "from", "last", "since".</summary>
    private static readonly Dictionary<string, DayOfWeek> ShortWeekdays = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
    };

    private static readonly HashSet<string> DayLead = new(StringComparer.Ordinal) { "on", "from", "last", "since", "of", "du", "de", "le", "depuis" };

    /// <summary>Month names and their usual short forms in both languages ("may", a verb too, is left out).</summary>
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["january"] = 1, ["janv"] = 1, ["janvier"] = 1, ["feb"] = 2, ["february"] = 2, ["fev"] = 2, ["fevrier"] = 2,
        ["march"] = 3, ["mars"] = 3, ["apr"] = 4, ["april"] = 4, ["avr"] = 4, ["avril"] = 4, ["mai"] = 5, ["jun"] = 6,
        ["june"] = 6, ["juin"] = 6, ["jul"] = 7, ["july"] = 7, ["juil"] = 7, ["juillet"] = 7, ["aug"] = 8, ["august"] = 8,
        ["aout"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["septembre"] = 9, ["oct"] = 10, ["october"] = 10,
        ["octobre"] = 10, ["nov"] = 11, ["november"] = 11, ["novembre"] = 11, ["dec"] = 12, ["december"] = 12, ["decembre"] = 12,
    };

    /// <summary>After a number, a count of something else: "2 days", "10 min", "le 2 ecrans".</summary>
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal)
    {
        "floor", "floors", "etage", "min", "mins", "minutes", "h", "hours", "hour", "heures", "heure", "days", "day", "jours",
        "jour", "weeks", "week", "semaines", "semaine", "times", "fois", "pages", "page", "people", "personnes", "screens",
        "ecrans", "users", "ago", "months", "mois",
    };

    /// <summary>A word that only says when ("jeudi", "yesterday", "dec"): never the thing a ticket is about.</summary>
    public static bool IsDayWord(string word) =>
        Weekdays.ContainsKey(word) || Months.ContainsKey(word) || word is "yesterday" or "hier" or "today" or "aujourd" or "hui" or "avant";

    /// <summary>Whether <paramref name="words"/> (folded) name a day at all.</summary>
    public static bool Names(IReadOnlyList<string> words) => Of(words, new DateOnly(2026, 1, 15)).Count > 0;

    /// <summary>The days <paramref name="words"/> (folded) may mean, most recent first, seen from <paramref name="today"/>.</summary>
    public static IReadOnlyList<DateOnly> Of(IReadOnlyList<string> words, DateOnly today)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var before = i > 0 ? words[i - 1] : null;
            var after = i + 1 < words.Count ? words[i + 1] : null;
            if (word is "yesterday" or "hier")
            {
                return [today.AddDays(before is "avant" || (before is "before" && i > 2 && words[i - 2] == "day") ? -2 : -1)];
            }

            if (word is "today" || (word == "aujourd" && after == "hui") || (word is "morning" or "matin" && before is "this" or "ce"))
            {
                return [today];
            }

            if (Weekdays.TryGetValue(word, out var weekday) || (before is not null && DayLead.Contains(before) && ShortWeekdays.TryGetValue(word, out weekday)))
            {
                return [.. Enumerable.Range(0, 7 * WeeksBack).Select(k => today.AddDays(-k)).Where(d => d.DayOfWeek == weekday)];
            }

            if (DayOfMonth(word, before, after, i + 2 < words.Count ? words[i + 2] : null) is { } day)
            {
                return Recent(today, day.Day, day.Month);
            }
        }

        return [];
    }

    /// <summary>"the 3rd", "le 4", "du 1er", "3 dec", "dec 3", "4 decembre": a day of the month, and its month when said.</summary>
    private static (int Day, int? Month)? DayOfMonth(string word, string? before, string? after, string? afterNext)
    {
        var (digits, ordinal) = Split(word);
        if (digits is not { } day || day is < 1 or > 31)
        {
            return null;
        }

        if (MonthOf(after) is { } month)
        {
            return (day, month);
        }

        if (MonthOf(before) is { } named)
        {
            return (day, named);
        }

        // English needs "the 3rd"; French "le 4", "du 4"; never before a count ("du 2 au 4 ecrans" is rare enough).
        var led = ordinal ? before is "the" or "le" or "du" : before is "le" or "du";
        return led && (after is null || !Counted.Contains(after)) && afterNext is not "floor" and not "etage" ? (day, null) : null;
    }

    private static (int? Digits, bool Ordinal) Split(string word)
    {
        var end = 0;
        while (end < word.Length && end < 3 && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        if (end == 0 || end > 2)
        {
            return (null, false);
        }

        var suffix = word[end..];
        var number = int.Parse(word[..end], System.Globalization.CultureInfo.InvariantCulture);
        return suffix switch
        {
            "" => (number, false),
            "st" or "nd" or "rd" or "th" or "er" => (number, true),
            _ => (null, false),
        };
    }

    private static int? MonthOf(string? word) => word is not null && Months.TryGetValue(word, out var month) ? month : null;

    private static List<DateOnly> Recent(DateOnly today, int day, int? month)
    {
        var found = new List<DateOnly>();
        for (var back = 0; back < 13 && found.Count < 1; back++)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            if ((month is null || first.Month == month) && day <= DateTime.DaysInMonth(first.Year, first.Month)
                && new DateOnly(first.Year, first.Month, day) is var date && date <= today)
            {
                found.Add(date);
            }
        }

        return found;
    }
}
