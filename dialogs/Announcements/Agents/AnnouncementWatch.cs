using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// One pass of the watch over the announcements agents are working: the control card refreshed (through the outbox)
/// when its counts changed, and a reminder in its thread when the promised next update time passed without an update.
/// Keys carry the counts and the promised time, so an unchanged card is not sent again and a reminder goes once, by
/// whichever instance writes it first. Announcements closed in the last <see cref="KeepWatchingClosed"/> stay watched
/// (the edits of a resolution are still going out); that memory is per instance and only affects the counts shown.
/// The watch also completes what a crash between a save and its follow-up left undone: a version saved over
/// <see cref="SettleTime"/> ago is handed to the broadcaster once per instance, and a resolution to the links (both are
/// idempotent per version, so a broadcast already started is not started again).
/// </summary>
internal sealed class AnnouncementWatch(AnnouncementDesk desk, IOutboxStore outbox, TimeProvider clock) : IAnnouncementWatch
{
    public static readonly TimeSpan KeepWatchingClosed = TimeSpan.FromMinutes(30);

    /// <summary>How long the handler that saved a version has to start its broadcast before the watch makes sure of it.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, int> ensured = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, DateTimeOffset> closedSeen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> watched = new(StringComparer.Ordinal);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var written = 0;
        var active = await desk.Store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        foreach (var announcement in active)
        {
            watched.TryAdd(announcement.Id, 0);
            written += await WatchAsync(announcement, now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in watched.Keys.Where(id => active.All(a => a.Id != id)).ToList())
        {
            var closed = await desk.Store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var since = closedSeen.GetOrAdd(id, now);
            if (closed is null || now - since > KeepWatchingClosed)
            {
                watched.TryRemove(id, out _);
                closedSeen.TryRemove(id, out _);
                continue;
            }

            written += await WatchAsync(closed, now, cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task<int> WatchAsync(Announcement announcement, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await EnsureFollowedUpAsync(announcement, now, cancellationToken).ConfigureAwait(false);
        if (announcement.ControlPost is not { } post)
        {
            return 0;
        }

        await desk.RefreshForEveryoneAsync(announcement, cancellationToken).ConfigureAwait(false);
        if (announcement.IsActive && announcement.Content.NextUpdateAt is { } promised && promised <= now)
        {
            await outbox.EnqueueAsync(ControlCardOutbox.Reminder(announcement, post, promised), cancellationToken).ConfigureAwait(false);
            return 2;
        }

        return 1;
    }

    private async Task EnsureFollowedUpAsync(Announcement announcement, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (announcement.PublishedAt is null || now - announcement.UpdatedAt < SettleTime
            || ensured.TryGetValue(announcement.Id, out var version) && version >= announcement.Version)
        {
            return;
        }

        await desk.Broadcaster.BroadcastAsync(announcement, cancellationToken).ConfigureAwait(false);
        if (announcement.Status == AnnouncementStatus.Resolved && announcement.LatestUpdate?.By is { } by)
        {
            await desk.Links.ResolveLinkedAsync(announcement, by, cancellationToken).ConfigureAwait(false);
        }

        ensured[announcement.Id] = announcement.Version;
    }
}
