namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// The business calendar (section <c>ServiceLevels:BusinessHours</c>): each working day's window is local time in
/// <see cref="TimeZone"/>, so it follows daylight-saving changes.
/// </summary>
public sealed class BusinessHoursOptions
{
    /// <summary>IANA time zone id, e.g. Europe/Paris.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Working days; Monday to Friday when not configured (applied after binding, see RoundTheClock).</summary>
    public DayOfWeek[]? Days { get; set; }

    /// <summary>Opening time, HH:mm local time.</summary>
    public string Start { get; set; } = "08:00";

    /// <summary>Closing time, HH:mm local time (24:00 for midnight), after <see cref="Start"/>.</summary>
    public string End { get; set; } = "18:00";

    /// <summary>Closed days as yyyy-MM-dd (local dates).</summary>
    public string[]? Holidays { get; set; }

    public IReadOnlyList<DayOfWeek> WorkingDays =>
        Days ?? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
