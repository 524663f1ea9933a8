using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>What a <see cref="MetricFact"/> says happened at its instant.</summary>
public enum MetricFactKind { Created, Resolved, ResponseSla, ResolutionSla }

/// <summary>
/// One dated thing a ticket adds to the metrics, as <see cref="MetricsCalculator"/> counts it: an incident created
/// (its category and service), an incident's latest resolution (what MTTA, MTTR, first-contact resolution, CSAT and the
/// reopen rate need), or a service-level target settled (met or missed). <see cref="Priority"/> is the ticket's now.
/// </summary>
public sealed record MetricFact(MetricFactKind Kind, DateTimeOffset At, Priority Priority)
{
    public string? Category { get; init; }

    public string? Service { get; init; }

    /// <summary>A settled target: met by its due time.</summary>
    public bool Met { get; init; }

    /// <summary>A missed target of a ticket still waiting (only ever live: it depends on the time of the read).</summary>
    public bool OpenBreach { get; init; }

    /// <summary>A resolution: when the incident was created (MTTA and MTTR start there).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RespondedAt { get; init; }

    /// <summary>A resolution: the time the clock was paused awaiting the requester (left out of the business MTTR).</summary>
    public TimeSpan PausedTotal { get; init; }

    public bool FirstContact { get; init; }

    public int? Rating { get; init; }

    public bool Reopened { get; init; }
}
