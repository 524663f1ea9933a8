using System.Globalization;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>
/// Business hours: each working day that is not a holiday is open from Start to End local time in the calendar's
/// zone. Windows are computed per local date and converted to UTC, so a day's window is always 08:00–18:00 on the
/// wall clock, whatever the UTC offset that day (daylight-saving changes included). An opening or closing time that
/// does not exist (spring gap) is read with the offset before the change, i.e. pushed forward by the gap; one that
/// exists twice (autumn) is read as its first occurrence.
/// </summary>
internal sealed class BusinessCalendar : ISlaCalendar
{
    /// <summary>Guards the day walk: a calendar with working days always finds one within a week or so.</summary>
    private const int MaxDays = 366 * 20;

    private readonly HashSet<DayOfWeek> _days;
    private readonly HashSet<DateOnly> _holidays;
    private readonly TimeSpan _open;
    private readonly TimeSpan _close;

    private BusinessCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek> days, TimeSpan open, TimeSpan close, IEnumerable<DateOnly> holidays)
    {
        Zone = zone;
        _days = [.. days];
        _open = open;
        _close = close;
        _holidays = [.. holidays];
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The calendar of <paramref name="options"/>, or the problems found, each naming its setting.</summary>
    public static (BusinessCalendar? Calendar, IReadOnlyList<string> Errors) Create(BusinessHoursOptions options)
    {
        const string Prefix = "ServiceLevels:BusinessHours";
        var errors = new List<string>();
        TimeZoneInfo? zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? "");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            errors.Add($"{Prefix}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Europe/Paris).");
        }

        var open = ParseTime(options.Start, $"{Prefix}:Start", errors);
        var close = ParseTime(options.End, $"{Prefix}:End", errors);
        if (open is not null && close is not null && close <= open)
        {
            errors.Add($"{Prefix}:End ({options.End}) must be after {Prefix}:Start ({options.Start}).");
        }

        if (options.WorkingDays.Count == 0)
        {
            errors.Add($"{Prefix}:Days needs at least one working day.");
        }

        var holidays = new List<DateOnly>();
        foreach (var text in options.Holidays ?? [])
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                holidays.Add(day);
            }
            else
            {
                errors.Add($"{Prefix}:Holidays entry '{text}' is not a date as yyyy-MM-dd.");
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new BusinessCalendar(zone!, options.WorkingDays, open!.Value, close!.Value, holidays), errors);
    }

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration)
    {
        start = start.ToUniversalTime();
        if (duration <= TimeSpan.Zero)
        {
            return start;
        }

        var remaining = duration;
        var date = LocalDate(start);
        for (var i = 0; i < MaxDays; i++, date = date.AddDays(1))
        {
            if (Window(date) is not { } window)
            {
                continue;
            }

            var (open, close) = window;

            var from = start > open ? start : open;
            if (from >= close)
            {
                continue;
            }

            if (remaining <= close - from)
            {
                return from + remaining;
            }

            remaining -= close - from;
        }

        throw new InvalidOperationException("No business hours found within 20 years: check ServiceLevels:BusinessHours.");
    }

    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to)
    {
        from = from.ToUniversalTime();
        to = to.ToUniversalTime();
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        for (var date = LocalDate(from); date <= LocalDate(to); date = date.AddDays(1))
        {
            if (Window(date) is { } window)
            {
                var (open, close) = window;
                var start = from > open ? from : open;
                var end = to < close ? to : close;
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    /// <summary>The open window of a local date in UTC, or null on a closed day.</summary>
    internal (DateTimeOffset Open, DateTimeOffset Close)? Window(DateOnly date) =>
        _days.Contains(date.DayOfWeek) && !_holidays.Contains(date) ? (ToUtc(date, _open), ToUtc(date, _close)) : null;

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private DateTimeOffset ToUtc(DateOnly date, TimeSpan time)
    {
        var local = date.ToDateTime(TimeOnly.MinValue) + time;
        var offset = Zone.IsInvalidTime(local) ? Zone.GetUtcOffset(local.AddDays(-1))
            : Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static TimeSpan? ParseTime(string? text, string setting, List<string> errors)
    {
        if (text == "24:00")
        {
            return TimeSpan.FromHours(24);
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time.ToTimeSpan();
        }

        errors.Add($"{setting} '{text}' is not a time of day as HH:mm (00:00 to 24:00).");
        return null;
    }
}
