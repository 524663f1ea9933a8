namespace ServiceDesk.Bench.Understanding.Desk;

/// <summary>
/// The desk's clock: the chats' morning (<see cref="Chat.Start"/>) moving on with real time, or pinned to an instant
/// while the seeded tickets are created, so that each is stored as opened on its own day ("the ticket I opened tuesday").
/// </summary>
internal sealed class BenchClock : TimeProvider
{
    private readonly long _started = System.GetTimestamp();
    private DateTimeOffset? _pinned;

    public override DateTimeOffset GetUtcNow() => _pinned ?? Chat.Start + System.GetElapsedTime(_started);

    /// <summary>Pins the clock at <paramref name="at"/> until the returned scope ends.</summary>
    public IDisposable At(DateTimeOffset at)
    {
        _pinned = at;
        return new Unpin(this);
    }

    private sealed class Unpin(BenchClock clock) : IDisposable
    {
        public void Dispose() => clock._pinned = null;
    }
}
