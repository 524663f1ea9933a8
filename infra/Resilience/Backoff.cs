namespace ServiceDesk.Infra.Resilience;

/// <summary>
/// The one back-off formula of the service desk: exponential with full jitter. Used by the optimistic-concurrency
/// loops of the stores (another instance wrote first), the connector's retries and the outbox's.
/// </summary>
internal static class Backoff
{
    /// <summary>
    /// Uniform in [1 ms, min(max, first·2^(attempt-1))] for attempt 1, 2, …. Full jitter spreads instances that collided
    /// once so they do not collide again in step. At least 1 ms because <c>Task.Delay</c> counts whole milliseconds:
    /// a shorter draw would not wait at all (and, on a test clock, not on the clock either).
    /// </summary>
    public static TimeSpan Jittered(int attempt, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Max(1, Random.Shared.NextDouble() * Ceiling(attempt, first, max).TotalMilliseconds));

    /// <summary>The largest wait of an attempt: the first step doubled per attempt after the first, capped.</summary>
    public static TimeSpan Ceiling(int attempt, TimeSpan first, TimeSpan max)
    {
        // Past 2^30 the cap has long been reached; the bound keeps Math.Pow away from infinity.
        var doubled = first.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, doubled));
    }

    /// <summary>
    /// The short waits of the stores' retry loops after a lost conditional write (ETag changed under us): a few
    /// milliseconds first, at most <paramref name="maxMilliseconds"/>.
    /// </summary>
    public static Task AfterConflictAsync(int attempt, int maxMilliseconds, CancellationToken cancellationToken) =>
        Task.Delay(Jittered(attempt, TimeSpan.FromMilliseconds(ConflictFirstMilliseconds), TimeSpan.FromMilliseconds(maxMilliseconds)), cancellationToken);

    private const int ConflictFirstMilliseconds = 10;
}
