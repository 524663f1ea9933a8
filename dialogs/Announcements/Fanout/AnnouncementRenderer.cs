using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// Renders an announcement's card when its record leaves the outbox: in the announcement's latest version, in the
/// recipient's current language and time zone (the channel's language for the channel post). An edit whose card
/// already shows that version (an earlier edit, or the first card rendered late) sends nothing.
/// </summary>
internal sealed class AnnouncementRenderer(IAnnouncementStore announcements, IFanoutStore store, IUserProfileStore profiles) : IOutboxRenderer
{
    public bool Renders(OutboxRecord record) =>
        record.Draft.Subject is { Length: > 0 } && AnnouncementPurpose.TryParse(record.Draft.Purpose, out _, out _);

    public async Task<OutboxDraft?> RenderAsync(OutboxRecord record, CancellationToken cancellationToken)
    {
        var draft = record.Draft;
        AnnouncementPurpose.TryParse(draft.Purpose, out var kind, out _);
        if (await announcements.GetAsync(draft.Subject!, cancellationToken).ConfigureAwait(false) is not { } latest)
        {
            return null;
        }

        var channel = AnnouncementPurpose.IsChannel(kind);
        var userId = channel ? RecipientDelivery.Channel : draft.RecipientUserId ?? string.Empty;
        if (!AnnouncementPurpose.IsFirst(kind) &&
            await store.GetRecipientAsync(latest.Id, userId, cancellationToken).ConfigureAwait(false) is { Status: RecipientStatus.Delivered } shown &&
            shown.Version >= latest.Version)
        {
            return null;
        }

        var (locale, zone) = (AnnouncementMessage.Locale(draft.Payload), (string?)null);
        if (!channel && await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false) is { } profile)
        {
            (locale, zone) = (profile.Locale, profile.TimeZone);
        }

        return draft with
        {
            Payload = AnnouncementMessage.Json(latest, locale, zone),
            Purpose = AnnouncementPurpose.Of(kind, latest.Version),
        };
    }
}
