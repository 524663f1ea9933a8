namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>
/// The host's clock while a quarter is seeded: set to each change's instant (back and forth: tickets are written one
/// by one, each from its creation to its latest change), then left at the seeded "now".
/// </summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset at) => Interlocked.Exchange(ref ticks, at.UtcTicks);
}
