using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// This instance's view of the throttle every instance shares (<see cref="IThrottleStore"/>): the tenants paused after
/// a 429 seen by any instance, and this instance's part of <c>Outbox:TenantRequestsPerSecond</c>. The gate asks for
/// the view on every call; the view is refreshed from the store in the background, at most once per
/// <c>Outbox:ThrottleRefreshMilliseconds</c>, and only while the gate is in use.
/// <para>
/// The split: live instances (heartbeat not expired) each publish a share, budget / live. An instance uses at most
/// its published share and at most what the others' shares leave, as read after its own share was published; so a
/// raise is published first and used after a second read, a cut is used at once, and a cut share still counts at its
/// old value for one second (the calls made under it are still in Teams' window). Two instances joining at once may
/// therefore wait a second or two for each other; none goes past the budget while they settle. A heartbeat is written
/// after each read and outlives the two intervals a view may be used, so the others count every instance that sends.
/// An idle instance stops refreshing: its share stops counting once it can no longer be sending under it (two refresh
/// intervals after its last heartbeat, plus the second its last calls stay in Teams' window), so the others use their
/// own fair part at once instead of waiting for its heartbeat to expire; until then it still counts as live, so their
/// fair part leaves room for it when it comes back.
/// </para>
/// </summary>
internal sealed partial class SharedThrottle(
    IThrottleStore store, IOptions<OutboxOptions> options, TimeProvider time, ILogger<SharedThrottle> logger) : IAsyncDisposable
{
    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource stopping = new();
    private volatile View view = new(0, new Dictionary<string, DateTimeOffset>(), DateTimeOffset.MinValue, Ready: false);
    private int refreshing;
    private long nextRefreshTicks;
    private int published;
    private int previous;
    private DateTimeOffset changedAt;
    private DateTimeOffset lastBeat = DateTimeOffset.MinValue;
    private int lastFair;

    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private int Budget => options.Value.TenantRequestsPerSecond;

    private TimeSpan RefreshInterval => TimeSpan.FromMilliseconds(options.Value.ThrottleRefreshMilliseconds);

    private TimeSpan Expiry => TimeSpan.FromSeconds(options.Value.InstanceExpirySeconds);

    /// <summary>How long after its heartbeat an instance may still be sending: its view lasts two refresh intervals, its calls stay a second in Teams' window.</summary>
    private TimeSpan SendingFor => 2 * RefreshInterval + TenantWindow;

    /// <summary>
    /// The view to apply now, without a storage round trip: starts a refresh when it is older than the refresh interval.
    /// Not <see cref="View.Ready"/> when it is too old to trust (a first call, or the first after an idle spell) and
    /// the refresh is on its way: the gate then waits a moment.
    /// </summary>
    public View Current()
    {
        var now = time.GetUtcNow();
        var current = view;
        if (now.UtcTicks >= Interlocked.Read(ref nextRefreshTicks) && Interlocked.CompareExchange(ref refreshing, 1, 0) == 0)
        {
            _ = Task.Run(RefreshAsync);
        }

        // Usable for two intervals from its read: our heartbeat, written after that read, lives at least as long.
        return current.Ready && now - current.ReadAt < 2 * RefreshInterval ? current : current with { Ready = false };
    }

    /// <summary>A 429 here: tells the other instances (in the background; the local gate has paused already).</summary>
    public void Pause(string tenant, DateTimeOffset until) => _ = PublishPauseAsync(tenant, until);

    /// <summary>
    /// This instance's part of the budget given the others' heartbeats: <c>Fair</c> = budget / live instances (the
    /// share to publish), <c>Allowed</c> = what the others' shares leave of the budget, at most <c>Fair</c>. A share
    /// counts while its instance may be sending under it: up to <paramref name="sendingFor"/> after its heartbeat was
    /// written (its <c>ExpiresAt</c> less <paramref name="expiry"/>: every instance has the same settings).
    /// </summary>
    internal static (int Fair, int Allowed, int Live) Split(
        int budget, string self, IEnumerable<InstanceBeat> beats, DateTimeOffset now, TimeSpan expiry, TimeSpan sendingFor)
    {
        var others = beats.Where(b => b.InstanceId != self && b.ExpiresAt > now).ToList();
        var fair = Math.Max(1, budget / (others.Count + 1));
        var claimed = others.Where(b => now < b.ExpiresAt - expiry + sendingFor)
            .Sum(b => now < b.ChangedAt + TenantWindow ? Math.Max(b.Share, b.PreviousShare) : b.Share);
        return (fair, Math.Clamp(budget - claimed, 0, fair), others.Count + 1);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        if (published > 0)
        {
            // Leaving: the others may take this share at once instead of after the heartbeat expires.
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await store.RemoveAsync(InstanceId, grace.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                LeaveFailed(logger, ex, InstanceId);
            }
        }

        // The token source is not disposed: a refresh or a pause write still in flight reads its token.
    }

    private async Task RefreshAsync()
    {
        var token = stopping.Token;
        try
        {
            if (time.GetUtcNow() >= lastBeat + Expiry)
            {
                // Our heartbeat may have expired: the others may have taken our share, so we start from nothing.
                (published, previous) = (0, 0);
            }

            var readAt = time.GetUtcNow();
            var snapshot = await store.ReadAsync(token).ConfigureAwait(false);
            var (fair, allowed, live) = Split(Budget, InstanceId, snapshot.Instances, time.GetUtcNow(), Expiry, SendingFor);
            if (fair > published)
            {
                // A raise is usable only once the others can see it: publish, then read again.
                await PublishAsync(fair, token).ConfigureAwait(false);
                readAt = time.GetUtcNow();
                snapshot = await store.ReadAsync(token).ConfigureAwait(false);
                (fair, allowed, live) = Split(Budget, InstanceId, snapshot.Instances, time.GetUtcNow(), Expiry, SendingFor);
            }

            if (fair < published)
            {
                // A cut holds for the gate before it is written: the others count our old share only for a second
                // from the cut's ChangedAt, so a call granted under the old, larger limit while the write is on its way
                // (a slow store under load) would outlive that second in Teams' window beside their new calls.
                view = view with { Limit = Math.Min(view.Limit, fair) };
                await PublishAsync(fair, token).ConfigureAwait(false);
            }
            else if (lastBeat < readAt)
            {
                // A beat per refresh: while this view may be used (2 intervals from readAt), the others count us.
                await BeatAsync(token).ConfigureAwait(false);
            }

            if (fair != lastFair)
            {
                ShareChanged(logger, InstanceId, live, fair, Budget);
                lastFair = fair;
            }

            view = new View(Math.Min(allowed, published), snapshot.PausedUntil, readAt, Ready: true);
            await ForgetLongExpiredAsync(snapshot, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // Storage trouble: retried after the refresh interval. Meanwhile the view ages out and the gate waits:
            // past it our heartbeat may expire and the others take the whole budget (claims need this storage anyway).
            RefreshFailed(logger, ex);
        }
        finally
        {
            Interlocked.Exchange(ref nextRefreshTicks, (time.GetUtcNow() + RefreshInterval).UtcTicks);
            Volatile.Write(ref refreshing, 0);
        }
    }

    /// <summary>
    /// Publishes a new share. What this instance uses is never above what the store may show: a cut applies here
    /// before it is written, a raise only once it is written (a write that fails leaves the lower of the two).
    /// </summary>
    private async Task PublishAsync(int share, CancellationToken cancellationToken)
    {
        var oldShare = published;
        var now = time.GetUtcNow();
        if (share < published)
        {
            (published, previous, changedAt) = (share, oldShare, now);
        }

        await store.BeatAsync(new InstanceBeat(InstanceId, now + Expiry, share, oldShare, now), cancellationToken).ConfigureAwait(false);
        (published, previous, changedAt, lastBeat) = (share, oldShare, now, now);
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await store.BeatAsync(new InstanceBeat(InstanceId, now + Expiry, published, previous, changedAt), cancellationToken).ConfigureAwait(false);
        lastBeat = now;
    }

    private async Task ForgetLongExpiredAsync(ThrottleSnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var gone in snapshot.Instances.Where(b => b.ExpiresAt + ForgetAfter < time.GetUtcNow()))
        {
            await store.RemoveAsync(gone.InstanceId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PublishPauseAsync(string tenant, DateTimeOffset until)
    {
        try
        {
            await store.PauseTenantAsync(tenant, until, stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            PauseNotShared(logger, ex, tenant);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    /// <summary>What the gate applies: its tenant limit per second and the shared pauses, as read at <paramref name="ReadAt"/>.</summary>
    internal sealed record View(int Limit, IReadOnlyDictionary<string, DateTimeOffset> PausedUntil, DateTimeOffset ReadAt, bool Ready);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox instance {InstanceId}: {Live} live instance(s), tenant share {Share} of {Budget} requests per second")]
    private static partial void ShareChanged(ILogger logger, string instanceId, int live, int share, int budget);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox shared throttle unreadable; sends wait until it is read again")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox tenant {TenantId}: the pause could not be shared with the other instances")]
    private static partial void PauseNotShared(ILogger logger, Exception exception, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox instance {InstanceId}: heartbeat not removed on shutdown; it expires")]
    private static partial void LeaveFailed(ILogger logger, Exception exception, string instanceId);
}
