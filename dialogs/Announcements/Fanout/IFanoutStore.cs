using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>
/// Port: the durable fan-out of announcements. One job per announcement, raised to each version employees must see;
/// workers claim it under a lease and move its cursor (the last recipient planned) page by page, each write
/// conditional on the ETag read, so several instances share one job and a crash resumes at the cursor. Per recipient,
/// what they were sent (status, version, where the card is) and counters of those statuses.
/// </summary>
public interface IFanoutStore
{
    /// <summary>Starts the job at <paramref name="version"/> (cursor back to the start); false if it is already there or beyond.</summary>
    Task<bool> StartAsync(string announcementId, int version, CancellationToken cancellationToken);

    Task<FanoutJob?> GetJobAsync(string announcementId, CancellationToken cancellationToken);

    /// <summary>Jobs with recipients left to plan.</summary>
    Task<IReadOnlyList<FanoutJob>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Takes <paramref name="job"/> (as read) for <paramref name="owner"/>; null if another holds a live lease or it changed.</summary>
    Task<FanoutJob?> ClaimAsync(FanoutJob job, string owner, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the cursor of a claimed job and extends its lease; null when the job changed since (a newer version
    /// started, or the lease was taken over): the caller drops it.
    /// </summary>
    Task<FanoutJob?> AdvanceAsync(FanoutJob claimed, string? cursor, bool done, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a claimed job aside until <paramref name="until"/>, its cursor back to the start: no worker claims it
    /// before (its cards are still leaving); then it is planned again. Null when it changed since it was read.
    /// </summary>
    Task<FanoutJob?> RestAsync(FanoutJob claimed, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>What was recorded for the recipients after <paramref name="afterUserId"/> up to <paramref name="throughUserId"/> (listing order).</summary>
    Task<IReadOnlyList<RecipientDelivery>> ListRecipientsAsync(
        string announcementId, string? afterUserId, string throughUserId, CancellationToken cancellationToken);

    Task<RecipientDelivery?> GetRecipientAsync(string announcementId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a recipient's state and moves the counters with it, atomically and once: Queued only when nothing is
    /// recorded yet; a repeated report changes no counter; the version and card kept are the latest reported.
    /// <see cref="RecipientDelivery.Channel"/> is recorded but not counted.
    /// </summary>
    Task RecordAsync(string announcementId, RecipientDelivery delivery, CancellationToken cancellationToken);

    Task<AnnouncementDelivery> CountsAsync(string announcementId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the app was installed for a recipient (<paramref name="installed"/>) or could not be, counted once
    /// per recipient however often it is reported (<see cref="AnnouncementDelivery.Installed"/>, <see cref="AnnouncementDelivery.NotInstalled"/>).
    /// </summary>
    Task RecordInstallAsync(string announcementId, string userId, bool installed, CancellationToken cancellationToken);
}

/// <summary>A fan-out: the version being sent, the last recipient planned (null: from the start), done, who holds it.</summary>
public sealed record FanoutJob(string AnnouncementId, int Version, string? Cursor, bool Done, OutboxLease? Lease, string ETag)
{
    /// <summary>The lease holder of a job set aside (<see cref="IFanoutStore.RestAsync"/>): no worker has this name.</summary>
    public const string RestingOwner = "(resting)";

    public bool Resting => Lease?.Owner == RestingOwner;
}

public enum RecipientStatus
{
    Queued,
    Delivered,
    Failed,
    Unreachable,
}

/// <summary>
/// A recipient's card: status, the version that went out, and where it is (to edit it in place).
/// </summary>
public sealed record RecipientDelivery(string UserId, RecipientStatus Status, int Version, string? ActivityId, string? ConversationId)
{
    /// <summary>The post in the announcements channel, recorded like a recipient (never a Teams user id).</summary>
    public const string Channel = "#channel";
}
