using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Announcements.Agents;

/// <summary>
/// The announcements channel chosen from the setup card: the channel (conversation id = the channel's id, team and
/// channel ids set), who chose it and in which language (the language of the channel post).
/// </summary>
public sealed record AnnouncementChannelSetting(ConversationReference Channel, string? SetById, string? SetByName, string Locale, DateTimeOffset SetAt);

/// <summary>Port: the announcements channel chosen from the setup card (one; the latest choice wins).</summary>
public interface IAnnouncementChannelStore
{
    Task<AnnouncementChannelSetting?> GetAsync(CancellationToken cancellationToken);

    Task SaveAsync(AnnouncementChannelSetting setting, CancellationToken cancellationToken);
}
