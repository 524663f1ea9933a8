namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>Time that counts towards a service level: business hours, or every minute for a round-the-clock priority.</summary>
internal interface ISlaCalendar
{
    /// <summary>The instant (UTC) when <paramref name="duration"/> of counted time has passed since <paramref name="start"/>.</summary>
    DateTimeOffset Add(DateTimeOffset start, TimeSpan duration);

    /// <summary>Counted time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to);
}

/// <summary>Every minute counts (P1 by default).</summary>
internal sealed class RoundTheClockCalendar : ISlaCalendar
{
    public static readonly RoundTheClockCalendar Instance = new();

    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration) =>
        start.ToUniversalTime() + (duration > TimeSpan.Zero ? duration : TimeSpan.Zero);

    public TimeSpan Elapsed(DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;
}
