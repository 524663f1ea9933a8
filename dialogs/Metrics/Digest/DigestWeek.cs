using System.Globalization;

namespace ServiceDesk.Dialogs.Metrics.Digest;

/// <summary>
/// One week's digest: posted at <see cref="Due"/> (the day and hour in the desk's zone), about the seven days before
/// it. <see cref="Id"/> is the local date it is due (<c>2026-12-07</c>): what is recorded once sent.
/// </summary>
public sealed record DigestWeek(string Id, DateTimeOffset Due)
{
    public DateTimeOffset From => Due.AddDays(-7);

    /// <summary>
    /// The latest digest due at or before <paramref name="now"/>: this week's once its hour has come, else last week's
    /// (a host down at the hour posts it when it is back, within the week).
    /// </summary>
    public static DigestWeek Latest(DateTimeOffset now, DayOfWeek day, int hour, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var date = DateOnly.FromDateTime(local.DateTime).AddDays(-(((int)local.DayOfWeek - (int)day + 7) % 7));
        var due = At(date, hour, zone);
        if (due > now)
        {
            date = date.AddDays(-7);
            due = At(date, hour, zone);
        }

        return new DigestWeek(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), due);
    }

    /// <summary>The instant of <paramref name="hour"/>:00 on <paramref name="date"/> in the zone (a skipped hour: the one after).</summary>
    private static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
