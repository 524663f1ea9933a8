namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// A clock the test moves by hand, safe to read from the worker's threads. Timers (poll waits) still run in real
/// time, so the worker keeps looking while due times, leases and rate windows follow this clock.
/// </summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public TestClock()
        : this(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
