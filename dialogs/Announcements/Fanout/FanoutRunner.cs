using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// What one step did: the job after it (null when dropped: a newer version started or the lease was lost; or set
/// aside, <see cref="Resting"/>, until its queued cards should have left).
/// </summary>
public sealed record FanoutStep(FanoutJob? Job, int Recipients, int Enqueued)
{
    public bool Resting { get; init; }
}

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
    IAudienceDirectory audiences,
    ITeamsAppInstaller installer,
    IOptions<FanoutOptions> options,
    TimeProvider time,
    ILogger<FanoutRunner> logger,
    IAnnouncementChannel channel)
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

        if (announcement.Audience != AnnouncementAudience.Everyone)
        {
            return await StepAudienceAsync(job, announcement, cancellationToken).ConfigureAwait(false);
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

        return await MoveOnAsync(job, page.Count, page.Count > 0 ? page[^1].UserId : job.Cursor, page.Count < size, enqueued, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>After a page: the cursor moved, the job finished, or set aside while its last cards leave.</summary>
    private async Task<FanoutStep> MoveOnAsync(FanoutJob job, int recipients, string? cursor, bool done, int enqueued, CancellationToken cancellationToken)
    {
        if (done && (await store.CountsAsync(job.AnnouncementId, cancellationToken).ConfigureAwait(false)).Queued is var queued and > 0)
        {
            // Cards still queued: look again once they should have left (a card the outbox settled without telling its
            // observer, e.g. a crash in between, is then recorded). Planning again is idempotent.
            var rest = TimeSpan.FromSeconds(Math.Max(options.Value.SettleSeconds, queued / (double)options.Value.ExpectedPerSecond));
            var resting = await store.RestAsync(job, time.GetUtcNow() + rest, cancellationToken).ConfigureAwait(false);
            Resting(logger, job.AnnouncementId, job.Version, queued, (long)rest.TotalSeconds);
            return new(null, recipients, enqueued) { Resting = resting is not null };
        }

        var next = await store.AdvanceAsync(job, cursor, done, time.GetUtcNow() + options.Value.Lease, cancellationToken).ConfigureAwait(false);
        if (next is null)
        {
            Dropped(logger, job.AnnouncementId, job.Version);
        }
        else if (done)
        {
            Finished(logger, job.AnnouncementId, job.Version);
        }

        return new(next, recipients, enqueued);
    }

    private async Task<int> PlanAsync(Announcement announcement, int version, UserProfile recipient, RecipientDelivery? known, CancellationToken cancellationToken) =>
        recipient.PersonalConversation is not { } chat
            ? 0
            : await FirstOrEditAsync(announcement, version, recipient.UserId, known, OutboxKind.Send, chat,
                () => AnnouncementMessage.Json(announcement, recipient.Locale, recipient.TimeZone), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// A recipient's first card (sent as <paramref name="kind"/> to <paramref name="chat"/>) when nothing is recorded
    /// for them; else, once their card is delivered in an older version, its edit in place where it was delivered.
    /// The payload is rendered only when something is written.
    /// </summary>
    private async Task<int> FirstOrEditAsync(
        Announcement announcement, int version, string userId, RecipientDelivery? known, OutboxKind kind, Turns.ConversationReference chat,
        Func<string> payload, CancellationToken cancellationToken)
    {
        var id = announcement.Id;
        var key = AnnouncementPurpose.Key(id, userId, null);
        if (known is null)
        {
            var first = await outbox.EnqueueAsync(new OutboxDraft(
                key, kind, chat, payload(),
                RecipientUserId: userId, Subject: id, Purpose: AnnouncementPurpose.Of(AnnouncementPurpose.Card, announcement.Version)),
                cancellationToken).ConfigureAwait(false);
            if (first.Status == OutboxStatus.Pending)
            {
                await store.RecordAsync(id, new(userId, RecipientStatus.Queued, announcement.Version, null, null), cancellationToken).ConfigureAwait(false);
                return 1;
            }

            known = await SettledAsync(id, userId, first, cancellationToken).ConfigureAwait(false);
        }
        else if (known.Status == RecipientStatus.Queued && await outbox.GetAsync(key, cancellationToken).ConfigureAwait(false) is { Status: not OutboxStatus.Pending } sent)
        {
            known = await SettledAsync(id, userId, sent, cancellationToken).ConfigureAwait(false);
        }

        if (known is not { Status: RecipientStatus.Delivered, ActivityId: { } activityId } || known.Version >= version)
        {
            return 0;
        }

        await outbox.EnqueueAsync(
            Edit(announcement, version, userId, chat with { ConversationId = known.ConversationId ?? chat.ConversationId }, activityId,
                AnnouncementPurpose.CardUpdate, payload()),
            cancellationToken).ConfigureAwait(false);
        return 1;
    }

    private async Task<int> PlanChannelAsync(Announcement announcement, int version, CancellationToken cancellationToken)
    {
        if (await channel.GetAsync(cancellationToken).ConfigureAwait(false) is not { Blocked: false } posted)
        {
            return 0;
        }

        var id = announcement.Id;
        var key = AnnouncementPurpose.Key(id, RecipientDelivery.Channel, null);
        var payload = AnnouncementMessage.Json(announcement, posted.Locale, null);
        var known = await store.GetRecipientAsync(id, RecipientDelivery.Channel, cancellationToken).ConfigureAwait(false);
        if (known is null)
        {
            var first = await outbox.EnqueueAsync(new OutboxDraft(
                key, OutboxKind.NewChannelThread, posted.Channel, payload,
                Subject: id, Purpose: AnnouncementPurpose.Of(AnnouncementPurpose.ChannelPost, announcement.Version)),
                cancellationToken).ConfigureAwait(false);
            if (first.Status == OutboxStatus.Pending)
            {
                await store.RecordAsync(id, new(RecipientDelivery.Channel, RecipientStatus.Queued, announcement.Version, null, null), cancellationToken)
                    .ConfigureAwait(false);
                return 1;
            }

            known = await SettledAsync(id, RecipientDelivery.Channel, first, cancellationToken).ConfigureAwait(false);
        }
        else if (known.Status == RecipientStatus.Queued && await outbox.GetAsync(key, cancellationToken).ConfigureAwait(false) is { Status: not OutboxStatus.Pending } sent)
        {
            known = await SettledAsync(id, RecipientDelivery.Channel, sent, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// A first card the outbox settled without its observer recording it (the process died in between): recorded now
    /// from the outbox record, so it is counted and edited like the others.
    /// </summary>
    private async Task<RecipientDelivery> SettledAsync(string id, string userId, OutboxRecord sent, CancellationToken cancellationToken)
    {
        AnnouncementPurpose.TryParse(sent.Draft.Purpose, out _, out var version);
        var status = sent.Status switch
        {
            OutboxStatus.Delivered => RecipientStatus.Delivered,
            OutboxStatus.Unreachable => RecipientStatus.Unreachable,
            _ => RecipientStatus.Failed,
        };
        var settled = new RecipientDelivery(userId, status, version, sent.DeliveredActivityId, sent.DeliveredConversationId);
        await store.RecordAsync(id, settled, cancellationToken).ConfigureAwait(false);
        return settled;
    }

    /// <summary>An edit in place of a delivered card, keyed by the version that asks for it.</summary>
    internal static OutboxDraft Edit(
        Announcement announcement, int version, string userId, Turns.ConversationReference where, string activityId, string kind, string payload) =>
        new(AnnouncementPurpose.Key(announcement.Id, userId, version), OutboxKind.UpdateActivity, where, payload,
            ActivityId: activityId, RecipientUserId: userId == RecipientDelivery.Channel ? null : userId,
            Subject: announcement.Id, Purpose: AnnouncementPurpose.Of(kind, announcement.Version));

    [LoggerMessage(EventId = 6600, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version}: every recipient planned")]
    private static partial void Finished(ILogger logger, string announcementId, int version);

    [LoggerMessage(EventId = 6602, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version} planned; {Queued} cards still queued, checking again in {Seconds} s")]
    private static partial void Resting(ILogger logger, string announcementId, int version, int queued, long seconds);

    [LoggerMessage(EventId = 6601, Level = LogLevel.Information, Message = "Fan-out of {AnnouncementId} v{Version} dropped: a newer version started or another instance took it")]
    private static partial void Dropped(ILogger logger, string announcementId, int version);
}
