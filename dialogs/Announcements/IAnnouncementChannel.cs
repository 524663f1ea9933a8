using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The announcements channel (configured in <c>Announcements:Channel</c>, or chosen with its setup card): every
/// published announcement is posted there too, and edited in place like the 1:1 cards. Null when none is set up.
/// <see cref="AnnouncementsChannel.Channel"/> addresses the channel itself (kind Channel, team and channel ids set).
/// </summary>
public interface IAnnouncementChannel
{
    Task<AnnouncementsChannel?> GetAsync(CancellationToken cancellationToken);
}

/// <summary>Where announcements are posted and in which language (that of whoever chose the channel, or the setting).</summary>
public sealed record AnnouncementsChannel(ConversationReference Channel, string Locale = "en-US", bool Blocked = false);
