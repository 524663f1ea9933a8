using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// Records what each recipient got (status, version, where the card is) as the outbox reports it, which moves the
/// counters of the agents' control card. A card that went out older than the announcement now is (it left while
/// an update was being saved) is edited at once, so nobody is left on a stale version.
/// </summary>
internal sealed class AnnouncementDeliveryObserver(IFanoutStore store, IAnnouncementStore announcements, IOutboxStore outbox) : IDeliveryObserver
{
    public async Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        var draft = record.Draft;
        if (draft.Subject is not { Length: > 0 } id || !AnnouncementPurpose.TryParse(draft.Purpose, out var kind, out var version))
        {
            return;
        }

        var userId = AnnouncementPurpose.IsChannel(kind) ? RecipientDelivery.Channel : draft.RecipientUserId;
        var activity = activityId ?? draft.ActivityId;
        var conversation = conversationId ?? draft.Target.ConversationId;
        if (userId is null || activity is null)
        {
            return;
        }

        await store.RecordAsync(id, new(userId, RecipientStatus.Delivered, version, activity, conversation), cancellationToken).ConfigureAwait(false);
        if (await announcements.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } latest && latest.Version > version)
        {
            var edit = AnnouncementPurpose.IsChannel(kind) ? AnnouncementPurpose.ChannelUpdate : AnnouncementPurpose.CardUpdate;
            // The payload is rendered again when the edit leaves; this one only carries the language.
            await outbox.EnqueueAsync(
                FanoutRunner.Edit(latest, latest.Version, userId, draft.Target with { ConversationId = conversation }, activity, edit, draft.Payload),
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken)
    {
        var draft = record.Draft;
        // A failed edit leaves the recipient's first card (and its count) as it was.
        if (draft.Subject is not { Length: > 0 } id || !AnnouncementPurpose.TryParse(draft.Purpose, out var kind, out var version) ||
            !AnnouncementPurpose.IsFirst(kind))
        {
            return;
        }

        var userId = AnnouncementPurpose.IsChannel(kind) ? RecipientDelivery.Channel : draft.RecipientUserId;
        if (userId is not null)
        {
            var parked = status == OutboxStatus.Unreachable ? RecipientStatus.Unreachable : RecipientStatus.Failed;
            await store.RecordAsync(id, new(userId, parked, version, null, null), cancellationToken).ConfigureAwait(false);
        }
    }
}
