using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>What the incidents of a cluster share: a service, or words of their text.</summary>
public enum ClusterKind
{
    Service,
    Text,
}

/// <summary>What the agents decided about a cluster; anything but Open is final.</summary>
public enum ClusterStatus
{
    Open,
    Dismissed,
    ProblemOpened,
    MajorIncidentDeclared,
}

/// <summary>Where the "Possible problem" card was posted, so it is replaced in place as the cluster grows.</summary>
public sealed record ClusterPost(ConversationReference Thread, string ActivityId, string Locale);

/// <summary>
/// Incidents the bot found sharing a service or their words within the window (<c>Problems:ClusterWindowMinutes</c>).
/// Its id comes from its kind and its first incident, so two instances finding it store it once. A cluster grows
/// (its card updated in place) while new incidents join it; a decided one (dismissed, problem opened, major incident
/// declared) takes new members silently and is never posted again. <see cref="Latest"/> is the newest member's
/// creation: a cluster no incident of the window belongs to any more is not read again.
/// </summary>
public sealed record IncidentCluster(
    string Id, ClusterKind Kind, string Shared, IReadOnlyList<TicketNumber> Incidents, DateTimeOffset FirstSeen, DateTimeOffset Latest)
{
    public int Version { get; init; } = 1;

    public ClusterStatus Status { get; init; } = ClusterStatus.Open;

    public ClusterPost? Post { get; init; }

    /// <summary>The problem opened from it, or the major incident's draft declared from it.</summary>
    public string? DecidedAs { get; init; }

    public TicketPerson? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}

public enum ClusterSaveStatus
{
    Saved,
    Stale,
    NotFound,
}

public sealed record ClusterSave(ClusterSaveStatus Status, IncidentCluster? Cluster);

/// <summary>Port: the clusters found, stored so a cluster is posted once and a dismissal sticks (stored with the problems).</summary>
public interface IClusterStore
{
    /// <summary>False when a cluster with this id exists already (another instance found it first).</summary>
    Task<bool> AddAsync(IncidentCluster cluster, CancellationToken cancellationToken);

    Task<IncidentCluster?> GetAsync(string id, CancellationToken cancellationToken);

    Task<ClusterSave> UpdateAsync(IncidentCluster changed, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Clusters whose newest member was created at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<IncidentCluster>> ListRecentAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
