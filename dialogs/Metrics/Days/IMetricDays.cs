using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>
/// Port: the tickets' stored <see cref="MetricFact"/>s by UTC day, kept up to date with every ticket change, and each
/// day's <see cref="MetricTally"/> kept until a fact of that day changes (infra's table implementation).
/// </summary>
public interface IMetricDays
{
    /// <summary>Whether every ticket's facts are in (false until the one-time build after an upgrade is done).</summary>
    Task<bool> ReadyAsync(CancellationToken cancellationToken);

    /// <summary>The tallies of the days [<paramref name="first"/>, <paramref name="last"/>] that hold facts.</summary>
    Task<IReadOnlyDictionary<DateOnly, MetricTally>> TalliesAsync(
        DateOnly first, DateOnly last, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted, CancellationToken cancellationToken);

    /// <summary>The open tickets, kept as they change (one read); null until the copy is built.</summary>
    Task<IReadOnlyList<Ticket>?> OpenTicketsAsync(CancellationToken cancellationToken);

    /// <summary>The facts of one day (a period's first and last days, which it covers only in part).</summary>
    Task<IReadOnlyList<MetricFact>> FactsAsync(DateOnly day, CancellationToken cancellationToken);
}
