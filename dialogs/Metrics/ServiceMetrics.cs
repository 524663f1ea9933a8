using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// The service desk's figures over [<see cref="From"/>, <see cref="To"/>), as <see cref="MetricsCalculator"/> defines
/// them. Backlog is "now" (at <see cref="GeneratedAt"/>); everything else is about the incidents created in the period.
/// </summary>
public sealed record ServiceMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset GeneratedAt,
    int IncidentsCreated,
    Backlog Backlog,
    IReadOnlyList<PriorityTimes> ByPriority,
    Rate ResponseSla,
    Rate ResolutionSla,
    Rate FirstContactResolution,
    DeflectionRate Deflection,
    Csat Csat);

/// <summary>Open tickets (incidents and requests) now, by status and priority.</summary>
public sealed record Backlog(int Total, IReadOnlyList<BacklogCount> Counts);

public sealed record BacklogCount(TicketStatus Status, Priority Priority, int Count);

/// <summary>
/// Mean time to acknowledge (created → first response) and to resolve (created → resolved) of one priority's incidents,
/// in wall-clock minutes; null when none has responded / been resolved.
/// </summary>
public sealed record PriorityTimes(Priority Priority, int Created, int Responded, double? MttaMinutes, int Resolved, double? MttrMinutes);

/// <summary>A share: <see cref="Met"/> of <see cref="Total"/>; <see cref="Percent"/> is null when there is nothing to measure.</summary>
public sealed record Rate(int Met, int Total)
{
    public double? Percent => Total == 0 ? null : Math.Round(100.0 * Met / Total, 1);
}

/// <summary>Knowledge-base deflection: helpful answers / (helpful answers + incidents created).</summary>
public sealed record DeflectionRate(int HelpfulAnswers, int NotHelpfulAnswers, int IncidentsCreated)
{
    public double? Percent => HelpfulAnswers + IncidentsCreated == 0
        ? null : Math.Round(100.0 * HelpfulAnswers / (HelpfulAnswers + IncidentsCreated), 1);
}

/// <summary>Customer satisfaction: the requesters' 1–5 ratings; <see cref="SatisfiedPercent"/> is the share of 4 and 5.</summary>
public sealed record Csat(int Rated, double? Average, double? SatisfiedPercent);
