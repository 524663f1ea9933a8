using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>
/// The service desk at <see cref="At"/>: the open tickets (the same backlog as <see cref="ServiceMetrics.Backlog"/>)
/// by priority, category and queue; the unassigned; the tickets at risk and breached (how many, and the most urgent
/// rows); the active major incidents; each agent's open tickets; the open problems; and the clusters of incidents the
/// agents have not decided on yet.
/// </summary>
public sealed record DeskNow(
    DateTimeOffset At,
    Backlog Backlog,
    IReadOnlyList<NamedCount> ByPriority,
    IReadOnlyList<NamedCount> ByCategory,
    IReadOnlyList<NamedCount> ByQueue,
    int Unassigned,
    int AtRiskCount,
    int BreachedCount,
    IReadOnlyList<SlaRow> AtRisk,
    IReadOnlyList<SlaRow> Breached,
    IReadOnlyList<MajorIncidentNow> MajorIncidents,
    IReadOnlyList<AgentLoad> Agents,
    IReadOnlyList<ProblemNow> Problems,
    IReadOnlyList<ClusterNow> Clusters);

/// <summary>
/// A ticket at risk or breached: <see cref="Due"/> is the target that matters (the response while unanswered, else
/// the resolution); <see cref="Link"/> opens its thread in the agents' channel (null when it has none yet).
/// </summary>
public sealed record SlaRow(TicketNumber Number, string Title, Priority Priority, TicketStatus Status, string? Assignee, DateTimeOffset Due, string? Link);

/// <summary>
/// A published outage: how many employees its announcement reached (delivered), said they are affected, acknowledged,
/// and how many incidents are linked to it.
/// </summary>
public sealed record MajorIncidentNow(string Id, string Title, string? Service, DateTimeOffset? PublishedAt, int Reached, int Affected, int Acknowledged, int LinkedIncidents);

/// <summary>An agent's open tickets, and how many of them are at risk or breached.</summary>
public sealed record AgentLoad(string Agent, int Open, int AtRiskOrBreached);

/// <summary>A problem not yet resolved (investigating or known error) and how many incidents are linked to it.</summary>
public sealed record ProblemNow(string Id, string Title, ProblemStatus Status, string? Service, DateTimeOffset OpenedAt, int LinkedIncidents);

/// <summary>
/// A "Possible problem" not decided on yet (not dismissed, no problem opened, no major incident declared): what its
/// incidents share (a service, or words of their text), how many there are, and when the first and newest were created.
/// </summary>
public sealed record ClusterNow(string Id, ClusterKind Kind, string Shared, int Incidents, DateTimeOffset FirstSeen, DateTimeOffset Latest);
