namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// A host without an announcements channel (the desk alone, a fan-out outside Teams): announcements reach people one by
/// one and nothing is posted in a channel. The Teams edge replaces it with the configured channel.
/// </summary>
internal sealed class NoAnnouncementChannel : IAnnouncementChannel
{
    public static readonly NoAnnouncementChannel Instance = new();

    private NoAnnouncementChannel()
    {
    }

    public Task<AnnouncementsChannel?> GetAsync(CancellationToken cancellationToken) => Task.FromResult<AnnouncementsChannel?>(null);
}
