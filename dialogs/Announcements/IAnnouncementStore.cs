using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

public enum AnnouncementSaveStatus
{
    Saved,

    /// <summary>Someone changed it since it was read: <see cref="AnnouncementSave.Current"/> is the stored one.</summary>
    Stale,
    NotFound,
}

/// <summary>The outcome of an update: the saved announcement, or the current one when ours was stale.</summary>
public sealed record AnnouncementSave(AnnouncementSaveStatus Status, Announcement? Current);

/// <summary>"I'm affected too" or "Acknowledge".</summary>
public enum AnnouncementReactionKind
{
    Affected,
    Acknowledged,
}

/// <summary>Whether the click was new (counted) or already recorded for this employee, and the counts after it.</summary>
public sealed record AnnouncementReaction(bool Recorded, AnnouncementCounts Counts);

/// <summary>An employee who reacted, with when: the affected ones are told when the outage is resolved.</summary>
public sealed record AnnouncementReactor(TicketPerson Employee, DateTimeOffset At);

/// <summary>
/// Port: announcements and the employees' reactions. Updates are conditional on the version read (optimistic
/// concurrency: of two agents publishing at once, one saves and the other is told Stale with the published one).
/// A reaction is recorded once per employee and kind, whatever the number of clicks.
/// </summary>
public interface IAnnouncementStore
{
    /// <summary>Stores a new draft with the next id (<c>MAJ-000012</c>).</summary>
    Task<Announcement> CreateAsync(AnnouncementContent content, TicketPerson author, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The announcement with its counts, or null.</summary>
    Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="changed"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    Task<AnnouncementSave> UpdateAsync(Announcement changed, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Published announcements not yet resolved or cancelled, oldest first.</summary>
    Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Records an employee's reaction once (idempotent); a second click returns Recorded = false.</summary>
    Task<AnnouncementReaction> ReactAsync(string id, AnnouncementReactionKind kind, TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Everyone who reacted with <paramref name="kind"/>.</summary>
    Task<IReadOnlyList<AnnouncementReactor>> ListReactorsAsync(string id, AnnouncementReactionKind kind, CancellationToken cancellationToken);
}
