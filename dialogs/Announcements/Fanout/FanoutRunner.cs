using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>What one step did: the job after it (null when dropped: a newer version started or the lease was lost).</summary>
public sealed record FanoutStep(FanoutJob? Job, int Recipients, int Enqueued);

/// <summary>
/// Plans a fan-out page by page (driven by the bot's worker): for each reachable employee, their card the first time
/// (one outbox record per recipient, key <c>{id}/{user}/card</c>) or, once their card is delivered in an older
/// version, an edit in place over its activity id (<c>{id}/{user}/v{n}</c>); and the same for the announcements
/// channel's post. A recipient whose card is still queued gets nothing more: it is rendered when it leaves, in the
/// latest version (<see cref="AnnouncementRenderer"/>). The cursor moves after the page's records are written, so a
/// crash repeats at most that page, and the outbox's idempotency keys make the repeat a no-op.
/// </summary>
public sealed partial class FanoutRunner(
    IFanoutStore store,
    IAnnouncementStore announcements,
    IUserProfileStore profiles,
    IOutboxStore outbox,
    IOptions<FanoutOptions> options,
    TimeProvider time,
    ILogger<FanoutRunner> logger,
    IAnnouncementChannel? channel = null)
{
    /// <summary>The open jobs <paramref name="owner"/> could take (the others are held by live leases).</summary>
    public async Task<IReadOnlyList<FanoutJob>> ClaimAsync(string owner, CancellationToken cancellationToken)
    {
        var claimed = new List<FanoutJob>();
        foreach (var job in await store.ListOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.ClaimAsync(job, owner, time.GetUtcNow(), options.Value.Lease, cancellationToken).ConfigureAwait(false) is { } mine)
            {
                claimed.Add(mine);
            }
        }

        return claimed;
    }

    /// <summary>Plans the next page of <paramref name="job"/> and moves its cursor.</summary>
    public async Task<FanoutStep> StepAsync(FanoutJob job, CancellationToken cancellationToken)
    {
        var size = options.Value.PageSize;
        var announcement = await announcements.GetAsync(job.AnnouncementId, cancellationToken).ConfigureAwait(false);
        if (announcement is null || announcement.Status == AnnouncementStatus.Draft)
        {
            return new(await store.AdvanceAsync(job, job.Cursor, true, time.GetUtcNow(), cancellationToken).ConfigureAwait(false), 0, 0);
        }

        var enqueued = job.Cursor is null ? await PlanChannelAsync(announcement, job.Version, cancellationToken).ConfigureAwait(false) : 0;
        var page = await profiles.ListReachableAsync(job.Cursor, size, cancellationToken).ConfigureAwait(false);
        if (page.Count > 0)
        {
            var known = (await store.ListRecipientsAsync(job.AnnouncementId, job.Cursor, page[^1].UserId, cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => r.UserId, StringComparer.Ordinal);
            foreach (var recipient in page)
            {
                enqueued += await PlanAsync(announcement, job.Version, recipient, known.GetValueOrDefault(recipient.UserId), cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var done = page.Count < size;
        var next = await store.AdvanceAsync(job, page.Count > 0 ? page[^1].UserId : job.Cursor, done, time.GetUtcNow() + options.Value.Lease, cancellationToken)
            .ConfigureAwait(false);
        if (next is null)
        {
            Dropped(logger, job.AnnouncementId, job.Version);
        }
        else if (done)
        {
            Finished(logger, job.AnnouncementId, job.Version);
        }

        return new(next, page.Count, enqueued);
    }

    private async Task<int> PlanAsync(Announcement announcement, int version, UserProfile recipient, RecipientDelivery? known, CancellationToken cancellationToken)
    {
        if (recipient.PersonalConversation is not { } chat)
        {
            return 0;
        }

        var id = announcement.Id;
        if (known is null)
        {
            var first = await outbox.EnqueueAsync(new OutboxDraft(
                AnnouncementPurpose.Key(id, recipient.UserId, null), OutboxKind.Send, chat,
                AnnouncementMessage.Json(announcement, recipient.Locale, recipient.TimeZone),
                RecipientUserId: recipient.UserId, Subject: id, Purpose: AnnouncementPurpose.Of(AnnouncementPurpose.Card, announcement.Version)),
                cancellationToken).ConfigureAwait(false);
            if (first.Status != OutboxStatus.Delivered)
            {
                await store.RecordAsync(id, new(recipient.UserId, RecipientStatus.Queued, announcement.Version, null, null), cancellationToken).ConfigureAwait(false);
                return 1;
            }

            // Delivered but its observer never ran (a crash in between): record it now, then edit it like the others.
            AnnouncementPurpose.TryParse(first.Draft.Purpose, out _, out var sent);
            known = new(recipient.UserId, RecipientStatus.Delivered, sent, first.DeliveredActivityId, first.DeliveredConversationId);
            await store.RecordAsync(id, known, cancellationToken).ConfigureAwait(false);
        }

        if (known is not { Status: RecipientStatus.Delivered, ActivityId: { } activityId } || known.Version >= version)
        {
            return 0;
        }

        await outbox.EnqueueAsync(
            Edit(announcement, version, recipient.UserId, chat with { ConversationId = known.ConversationId ?? chat.ConversationId }, activityId,
                AnnouncementPurpose.CardUpdate, AnnouncementMessage.Json(announcement, recipient.Locale, recipient.TimeZone)),
            cancellationToken).ConfigureAwait(false);
        return 1;
    }

    private async Task<int> PlanChannelAsync(Announcement announcement, int version, CancellationToken cancellationToken)
    {
        if (channel is null || await channel.GetAsync(cancellationToken).ConfigureAwait(false) is not { Blocked: false } posted)
        {
            return 0;
        }

        var id = announcement.Id;
        var payload = AnnouncementMessage.Json(announcement, posted.Locale, null);
        var known = await store.GetRecipientAsync(id, RecipientDelivery.Channel, cancellationToken).ConfigureAwait(false);
        if (known is null)
        {
            await outbox.EnqueueAsync(new OutboxDraft(
                AnnouncementPurpose.Key(id, RecipientDelivery.Channel, null), OutboxKind.NewChannelThread, posted.Channel, payload,
                Subject: id, Purpose: AnnouncementPurpose.Of(AnnouncementPurpose.ChannelPost, announcement.Version)),
                cancellationToken).ConfigureAwait(false);
            await store.RecordAsync(id, new(RecipientDelivery.Channel, RecipientStatus.Queued, announcement.Version, null, null), cancellationToken)
                .ConfigureAwait(false);
            return 1;
        }

        if (known is not { Status: RecipientStatus.Delivered, ActivityId: { } activityId, ConversationId: { } thread } || known.Version >= version)
        {
            return 0;
        }

        await outbox.EnqueueAsync(
            Edit(announcement, version, RecipientDelivery.Channel, posted.Channel with { ConversationId = thread }, activityId, AnnouncementPurpose.ChannelUpdate, payload),
            cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <summary>An edit in place of a delivered card, keyed by the version that asks for it.</summary>
    internal static OutboxDraft Edit(
        Announcement announcement, int version, string userId, Turns.ConversationReference where, string activityId, string kind, string payload) =>
        new(AnnouncementPurpose.Key(announcement.Id, userId, version), OutboxKind.UpdateActivity, where, payload,
            ActivityId: activityId, RecipientUserId: userId == RecipientDelivery.Channel ? null : userId,
            Subject: announcement.Id, Purpose: AnnouncementPurpose.Of(kind, announcement.Version));

    [LoggerMessage(EventId = 6600, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version}: every recipient planned")]
    private static partial void Finished(ILogger logger, string announcementId, int version);

    [LoggerMessage(EventId = 6601, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version} dropped: a newer version started or another instance took it")]
    private static partial void Dropped(ILogger logger, string announcementId, int version);
}
