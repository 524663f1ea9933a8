using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// The service desk's figures over [<see cref="From"/>, <see cref="To"/>), as <see cref="MetricsCalculator"/> defines
/// them. <see cref="Backlog"/> is "now" (at <see cref="GeneratedAt"/>); the service levels count every target settled in
/// the period; times, first-contact resolution and satisfaction are about the incidents resolved in the period.
/// </summary>
public sealed record ServiceMetrics(
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset GeneratedAt,
    int IncidentsCreated,
    int IncidentsResolved,
    Backlog Backlog,
    IReadOnlyList<PriorityFigures> ByPriority,
    SlaRate ResponseSla,
    SlaRate ResolutionSla,
    MeanTimes Mtta,
    MeanTimes Mttr,
    Rate FirstContactResolution,
    DeflectionRate Deflection,
    Csat Csat)
{
    /// <summary>Per day, top categories and services, reopen rate: what the dashboard's trends draw.</summary>
    public TrendFigures Trends { get; init; } = TrendFigures.None;
}

/// <summary>Open tickets (incidents and requests) now: by status and priority, and by age.</summary>
public sealed record Backlog(int Total, IReadOnlyList<BacklogCount> Counts, BacklogAgeing Ageing);

public sealed record BacklogCount(TicketStatus Status, Priority Priority, int Count);

/// <summary>Open tickets by whole days since they were opened: 0–1, 2–7, 8–30 and more than 30.</summary>
public sealed record BacklogAgeing(int UpToOneDay, int TwoToSevenDays, int EightToThirtyDays, int OverThirtyDays);

/// <summary>One priority's figures (the ticket's priority now): what <see cref="ServiceMetrics"/> says overall, per priority.</summary>
public sealed record PriorityFigures(
    Priority Priority, int Created, int Resolved, SlaRate ResponseSla, SlaRate ResolutionSla, MeanTimes Mtta, MeanTimes Mttr);

/// <summary>
/// Mean minutes over <see cref="Count"/> tickets: in business time (the priority's service-level calendar, holds awaiting
/// the requester left out: the time the SLA judges) and in wall-clock time (what the employee lived). Null when none.
/// </summary>
public sealed record MeanTimes(int Count, double? BusinessMinutes, double? WallClockMinutes)
{
    public static readonly MeanTimes None = new(0, null, null);

    /// <summary>The means of <paramref name="count"/> times summed in whole milliseconds (exact in any order).</summary>
    public static MeanTimes Of(int count, long businessMs, long wallClockMs) =>
        count == 0 ? None : new(count, Math.Round(businessMs / 60_000.0 / count, 1), Math.Round(wallClockMs / 60_000.0 / count, 1));
}

/// <summary>A share: <see cref="Met"/> of <see cref="Total"/>; <see cref="Percent"/> is null when there is nothing to measure.</summary>
public sealed record Rate(int Met, int Total)
{
    public double? Percent => Total == 0 ? null : Math.Round(100.0 * Met / Total, 1);
}

/// <summary>
/// Service-level compliance: <see cref="Met"/> targets of <see cref="Total"/> settled in the period; of the misses,
/// <see cref="OpenBreaches"/> are tickets still not responded to (resolved) after their due time.
/// </summary>
public sealed record SlaRate(int Met, int Total, int OpenBreaches)
{
    public static readonly SlaRate None = new(0, 0, 0);

    public double? Percent => Total == 0 ? null : Math.Round(100.0 * Met / Total, 1);
}

/// <summary>
/// Deflection: helpful answers / (helpful answers + incidents created). The answers are the knowledge base's articles
/// and, when a language model is configured, its answers grounded in them: <see cref="KnowledgeBase"/> and
/// <see cref="Model"/> split the helpful answers by source over the same denominator, so the two add up to the total.
/// </summary>
public sealed record DeflectionRate(int HelpfulAnswers, int NotHelpfulAnswers, int IncidentsCreated)
{
    public double? Percent => Share(HelpfulAnswers);

    public int HelpfulByModel { get; init; }

    public int NotHelpfulByModel { get; init; }

    public DeflectionShare KnowledgeBase => new(HelpfulAnswers - HelpfulByModel, NotHelpfulAnswers - NotHelpfulByModel, Share(HelpfulAnswers - HelpfulByModel));

    public DeflectionShare Model => new(HelpfulByModel, NotHelpfulByModel, Share(HelpfulByModel));

    /// <summary>The period's rate from its counted answers and the incidents created in it.</summary>
    public static DeflectionRate Of(DeflectionCounts counts, int incidentsCreated)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.Helpful, counts.NotHelpful, incidentsCreated) { HelpfulByModel = counts.HelpfulByModel, NotHelpfulByModel = counts.NotHelpfulByModel };
    }

    private double? Share(int helpful) => HelpfulAnswers + IncidentsCreated == 0
        ? null : Math.Round(100.0 * helpful / (HelpfulAnswers + IncidentsCreated), 1);
}

/// <summary>One source's answers: helpful, not helpful, and its part of the deflection rate (null when nothing to measure).</summary>
public sealed record DeflectionShare(int Helpful, int NotHelpful, double? Percent);

/// <summary>Customer satisfaction: the requesters' 1–5 ratings; <see cref="SatisfiedPercent"/> is the share of 4 and 5.</summary>
public sealed record Csat(int Rated, double? Average, double? SatisfiedPercent);
