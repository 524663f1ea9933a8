using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// Teams' limits for proactive messages (docs/protocol.md §5): per conversation 7 per second,
/// 8 per 2 s and 60 per 30 s; per tenant about 50 requests per second; and a pause of a whole tenant after a 429,
/// until its Retry-After has passed. Sliding windows of the times of recent calls, one lock: the numbers are small.
/// With <c>Outbox:ShareTenantBudget</c> (on by default) the tenant limit and pauses hold across instances through the
/// <see cref="SharedThrottle"/>: the tenant window counts up to this instance's part of the budget, and a pause seen by
/// any instance applies here (read about once a second). Off, the throttle is never asked and this instance uses the
/// whole budget. The throttle belongs to the container, which gives this instance's share back when it stops.
/// </summary>
internal sealed class RateGate(IOptions<OutboxOptions> options, TimeProvider time, SharedThrottle throttle, ServiceDeskMetrics? metrics = null)
{
    /// <summary>How long to wait for a view of the shared throttle that is on its way (a first call, or after idling).</summary>
    private static readonly TimeSpan SharedViewWait = TimeSpan.FromMilliseconds(20);

    private const int SweepAbove = 1_024;
    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(1);

    private readonly Lock sync = new();
    private readonly Dictionary<string, SlidingLog> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingLog> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> pausedUntil = new(StringComparer.Ordinal);

    private (int Limit, TimeSpan Span)[] ConversationLimits =>
    [
        (options.Value.ConversationPerSecond, TimeSpan.FromSeconds(1)),
        (options.Value.ConversationPerTwoSeconds, TimeSpan.FromSeconds(2)),
        (options.Value.ConversationPerThirtySeconds, TimeSpan.FromSeconds(30)),
    ];

    /// <summary>The throttle shared with the other instances; null when the budget is this instance's alone (the setting).</summary>
    internal SharedThrottle? Shared => options.Value.ShareTenantBudget ? throttle : null;

    /// <summary>
    /// Takes a slot for one call to <paramref name="conversation"/> now and answers <see cref="TimeSpan.Zero"/>,
    /// or takes nothing and answers how long to wait before asking again.
    /// </summary>
    public TimeSpan TryAcquire(string? tenant, string conversation)
    {
        var view = Shared?.Current();
        if (view is { Ready: false })
        {
            return SharedViewWait;
        }

        var tenantKey = tenant ?? string.Empty;
        lock (sync)
        {
            // The clock is read holding the lock: a call that waited for it is counted when it takes its slot.
            var now = time.GetUtcNow();
            var wait = PauseLeft(tenantKey, now, view);
            var tenantLog = Log(tenants, tenantKey);
            var conversationLog = Log(conversations, conversation);
            wait = Max(wait, view is { Limit: 0 }
                ? Max(SharedViewWait, view.ReadAt + TenantWindow - now) // no part of the budget until the next view
                : tenantLog.WaitFor(now, view?.Limit ?? options.Value.TenantRequestsPerSecond, TenantWindow));
            foreach (var (limit, span) in ConversationLimits)
            {
                wait = Max(wait, conversationLog.WaitFor(now, limit, span));
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            tenantLog.Add(now, TenantWindow);
            conversationLog.Add(now, TimeSpan.FromSeconds(30));
            metrics?.GateGrants.Add(1);
            if (conversations.Count > SweepAbove)
            {
                Sweep(now);
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Waits for a slot, at most <paramref name="maxWait"/>: <see cref="TimeSpan.Zero"/> when a slot is taken; when the
    /// limits need longer, no slot is taken and the answer is how long they still need, so a caller holding a lease
    /// can give the record back for then instead of waiting past it.
    /// </summary>
    public async Task<TimeSpan> WaitAsync(string? tenant, string conversation, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + maxWait;
        while (true)
        {
            var wait = TryAcquire(tenant, conversation);
            if (wait == TimeSpan.Zero)
            {
                return TimeSpan.Zero;
            }

            if (time.GetUtcNow() + wait > deadline)
            {
                return wait;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Teams said 429: no new call for this tenant until <paramref name="pauseFor"/> has passed.</summary>
    public void Pause(string? tenant, TimeSpan pauseFor)
    {
        var until = time.GetUtcNow() + pauseFor;
        var key = tenant ?? string.Empty;
        lock (sync)
        {
            if (!pausedUntil.TryGetValue(key, out var current) || current < until)
            {
                pausedUntil[key] = until;
            }
        }

        Shared?.Pause(key, until);
    }

    /// <summary>How long the tenant stays paused (zero when it is not).</summary>
    public TimeSpan PausedFor(string? tenant)
    {
        var view = Shared?.Current();
        var now = time.GetUtcNow();
        lock (sync)
        {
            return PauseLeft(tenant ?? string.Empty, now, view);
        }
    }

    /// <summary>The later of this instance's pause and the shared one (the view is at most about a second old).</summary>
    private TimeSpan PauseLeft(string tenantKey, DateTimeOffset now, SharedThrottle.View? view)
    {
        var local = pausedUntil.TryGetValue(tenantKey, out var until) && until > now ? until - now : TimeSpan.Zero;
        var sharedUntil = view is not null && view.PausedUntil.TryGetValue(tenantKey, out var other) && other > now ? other - now : TimeSpan.Zero;
        return Max(local, sharedUntil);
    }

    private static SlidingLog Log(Dictionary<string, SlidingLog> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new SlidingLog();
            logs[key] = log;
        }

        return log;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in conversations.Where(c => c.Value.IsIdle(now, TimeSpan.FromSeconds(30))).Select(c => c.Key).ToList())
        {
            conversations.Remove(key);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The times of recent calls, oldest first.</summary>
    private sealed class SlidingLog
    {
        private readonly List<DateTimeOffset> calls = [];

        /// <summary>Zero if one more call fits <paramref name="limit"/> per <paramref name="span"/>; else when it will.</summary>
        public TimeSpan WaitFor(DateTimeOffset now, int limit, TimeSpan span)
        {
            var first = calls.FindIndex(t => t > now - span);
            var inWindow = first < 0 ? 0 : calls.Count - first;
            if (inWindow < limit)
            {
                return TimeSpan.Zero;
            }

            // The call that must leave the window before one more fits.
            return calls[calls.Count - limit] + span - now;
        }

        public void Add(DateTimeOffset now, TimeSpan keep)
        {
            calls.Add(now);
            var old = calls.FindIndex(t => t > now - keep);
            calls.RemoveRange(0, old < 0 ? calls.Count : old);
        }

        public bool IsIdle(DateTimeOffset now, TimeSpan keep) => calls.Count == 0 || calls[^1] <= now - keep;
    }
}
