namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// <see cref="IAnnouncementBroadcaster"/> over the durable fan-out: a saved version employees must see starts (or
/// raises) the announcement's job, which a worker pages through; the same version twice starts it once.
/// </summary>
internal sealed class FanoutBroadcaster(IFanoutStore store, FanoutSignal signal) : IAnnouncementBroadcaster
{
    public async Task BroadcastAsync(Announcement saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        if (saved.Status != AnnouncementStatus.Draft && await store.StartAsync(saved.Id, saved.Version, cancellationToken).ConfigureAwait(false))
        {
            signal.Wake();
        }
    }

    public Task<AnnouncementDelivery> DeliveryAsync(string announcementId, CancellationToken cancellationToken) =>
        store.CountsAsync(announcementId, cancellationToken);
}
