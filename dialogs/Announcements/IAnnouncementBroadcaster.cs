namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// Sends what employees read after a saved change of an announcement: called once the change is stored, with the
/// saved announcement. Published (first version) → the post in the announcements channel and a 1:1 card to every
/// reachable employee in the audience; a later version (update, resolution, cancellation) → every delivered card and the
/// channel post edited in place, and recipients not yet reached get only the latest version. Writes outbox records
/// and a durable fan-out job (resumed by a worker after a crash); sends nothing itself. Idempotent per version: calling
/// it twice for the same version starts one broadcast.
/// </summary>
public interface IAnnouncementBroadcaster
{
    Task BroadcastAsync(Announcement saved, CancellationToken cancellationToken);

    /// <summary>The fan-out's progress for the agents' control card: queued, delivered, failed, not reachable.</summary>
    Task<AnnouncementDelivery> DeliveryAsync(string announcementId, CancellationToken cancellationToken);
}
