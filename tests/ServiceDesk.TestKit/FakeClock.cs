using Microsoft.Extensions.Time.Testing;

namespace ServiceDesk.TestKit;

/// <summary>
/// A <see cref="FakeTimeProvider"/> whose timers run in real time: the test moves the clock by hand (forward with
/// <see cref="FakeTimeProvider.Advance"/>, anywhere with <see cref="Set"/>) while a worker's poll waits still elapse,
/// so it keeps looking while due times, leases and rate windows follow this clock. Use a plain FakeTimeProvider when
/// the test drives the timers too.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Monday 23 November 2026, 09:00 UTC.</summary>
    public FakeClock()
        : this(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override long TimestampFrequency => System.TimestampFrequency;

    /// <summary>Sets the clock, back or forth (records are written one by one, each at its own instant).</summary>
    public void Set(DateTimeOffset at) => AdjustTime(at);

    public override long GetTimestamp() => System.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
