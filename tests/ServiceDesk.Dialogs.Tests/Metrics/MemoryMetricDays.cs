using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>Facts not built yet: the reader reads the tickets themselves.</summary>
internal sealed class NotBuiltDays : IMetricDays
{
    public static readonly NotBuiltDays Instance = new();

    public Task<bool> ReadyAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<IReadOnlyDictionary<DateOnly, MetricTally>> TalliesAsync(
        DateOnly first, DateOnly last, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Not built.");

    public Task<IReadOnlyList<MetricFact>> FactsAsync(DateOnly day, CancellationToken cancellationToken) => throw new InvalidOperationException("Not built.");

    public Task<IReadOnlyList<Ticket>?> OpenTicketsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Ticket>?>(null);
}

/// <summary>The stored facts of the given tickets by day, as the tables keep them; records which days were read whole.</summary>
internal sealed class MemoryMetricDays(Func<IEnumerable<TicketFacts>> tickets) : IMetricDays
{
    public List<(DateOnly First, DateOnly Last)> TallyReads { get; } = [];

    public List<DateOnly> FactReads { get; } = [];

    public Task<bool> ReadyAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<IReadOnlyDictionary<DateOnly, MetricTally>> TalliesAsync(
        DateOnly first, DateOnly last, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted, CancellationToken cancellationToken)
    {
        TallyReads.Add((first, last));
        IReadOnlyDictionary<DateOnly, MetricTally> tallies = Facts().Where(f => MetricFacts.DayOf(f.At) >= first && MetricFacts.DayOf(f.At) <= last)
            .GroupBy(f => MetricFacts.DayOf(f.At)).ToDictionary(g => g.Key, g => MetricTally.Of(g, counted));
        return Task.FromResult(tallies);
    }

    public Task<IReadOnlyList<MetricFact>> FactsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        FactReads.Add(day);
        return Task.FromResult<IReadOnlyList<MetricFact>>([.. Facts().Where(f => MetricFacts.DayOf(f.At) == day)]);
    }

    public Task<IReadOnlyList<Ticket>?> OpenTicketsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ticket>?>([.. tickets().Select(f => f.Ticket).Where(t => t.Status.IsOpen())]);

    private IEnumerable<MetricFact> Facts() => tickets().SelectMany(MetricFacts.Stored);
}
