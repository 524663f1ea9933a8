namespace ServiceDesk.TestKit;

/// <summary>
/// Teams' limits as Teams answers them: per conversation 7 calls per second and 8 per 2 s, per tenant
/// <paramref name="tenantPerSecond"/> per second; sliding windows over accepted calls.
/// </summary>
public sealed class TeamsLimits(int tenantPerSecond, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly Lock sync = new();
    private readonly Dictionary<string, Queue<long>> tenantCalls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<long>> conversationCalls = new(StringComparer.Ordinal);
    private long throttled;

    /// <summary>Calls refused so far.</summary>
    public long Throttled => Interlocked.Read(ref throttled);

    /// <summary>Zero and the call counted, or how long until the tightest window has room (nothing counted).</summary>
    public TimeSpan TryAdmit(string conversationId, string? tenant)
    {
        var now = clock.GetUtcNow().UtcTicks;
        lock (sync)
        {
            var theirs = Window(tenantCalls, tenant ?? string.Empty);
            var mine = Window(conversationCalls, conversationId);
            Trim(theirs, now - TimeSpan.TicksPerSecond);
            Trim(mine, now - 2 * TimeSpan.TicksPerSecond);
            var wait = Math.Max(WaitFor([.. theirs], tenantPerSecond, TimeSpan.TicksPerSecond, now), WaitFor([.. mine], 8, 2 * TimeSpan.TicksPerSecond, now));
            wait = Math.Max(wait, WaitFor([.. mine.Where(t => t > now - TimeSpan.TicksPerSecond)], 7, TimeSpan.TicksPerSecond, now));
            if (wait > 0)
            {
                Interlocked.Increment(ref throttled);
                return TimeSpan.FromTicks(wait);
            }

            theirs.Enqueue(now);
            mine.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    private static Queue<long> Window(Dictionary<string, Queue<long>> windows, string key)
    {
        if (!windows.TryGetValue(key, out var calls))
        {
            windows[key] = calls = new Queue<long>();
        }

        return calls;
    }

    private static void Trim(Queue<long> calls, long after)
    {
        while (calls.Count > 0 && calls.Peek() <= after)
        {
            calls.Dequeue();
        }
    }

    private static long WaitFor(long[] inWindow, int limit, long span, long now) =>
        inWindow.Length < limit ? 0 : inWindow[^limit] + span - now;
}
