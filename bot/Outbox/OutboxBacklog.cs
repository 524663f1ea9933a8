namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// What this instance's outbox worker saw at its last round: how many records were due and since when the oldest
/// was. Readiness (<c>/readyz</c>) and the outbox gauges read it; the store has no cheaper way to ask for the oldest.
/// </summary>
internal sealed class OutboxBacklog(TimeProvider time)
{
    private readonly DateTimeOffset started = time.GetUtcNow();
    private readonly Lock gate = new();
    private DateTimeOffset? lastRound;
    private DateTimeOffset? oldestDue;
    private int depth;

    public int Depth
    {
        get
        {
            lock (gate)
            {
                return depth;
            }
        }
    }

    /// <summary>When the worker last completed a claim (its start, before the first).</summary>
    public DateTimeOffset LastRound
    {
        get
        {
            lock (gate)
            {
                return lastRound ?? started;
            }
        }
    }

    public void Observe(int due, DateTimeOffset? oldestDueAt, DateTimeOffset now)
    {
        lock (gate)
        {
            depth = due;
            oldestDue = oldestDueAt;
            lastRound = now;
        }
    }

    /// <summary>How long the oldest due record has waited at <paramref name="now"/>; zero when none was due.</summary>
    public TimeSpan OldestAge(DateTimeOffset now)
    {
        lock (gate)
        {
            return oldestDue is { } due && now > due ? now - due : TimeSpan.Zero;
        }
    }
}
