using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tickets.Waits;

/// <summary>Whole business days on the service-level calendar: working days that are not holidays.</summary>
internal static class BusinessDays
{
    private const int MaxLook = 20 * 366;

    /// <summary>
    /// The same local time of day, <paramref name="days"/> working days after <paramref name="from"/>'s local date
    /// (a hold put on Friday 15:00 with 3 days: Wednesday 15:00; holidays skipped).
    /// </summary>
    public static DateTimeOffset Add(BusinessCalendar calendar, DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, calendar.Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (int counted = 0, looked = 0; counted < days; looked++)
        {
            if (looked > MaxLook)
            {
                throw new InvalidOperationException("No working day found within 20 years: check ServiceLevels:BusinessHours.");
            }

            date = date.AddDays(1);
            counted += calendar.Window(date) is null ? 0 : 1;
        }

        var target = date.ToDateTime(TimeOnly.FromTimeSpan(local.TimeOfDay));
        var offset = calendar.Zone.IsInvalidTime(target) ? calendar.Zone.GetUtcOffset(target.AddHours(-2)) : calendar.Zone.GetUtcOffset(target);
        return new DateTimeOffset(target, offset).ToUniversalTime();
    }
}
