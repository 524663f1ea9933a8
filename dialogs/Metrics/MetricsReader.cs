using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Metrics.Days;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// Reads the metrics. From the kept facts by day (<see cref="IMetricDays"/>): the days a period covers whole from their
/// kept tallies, its first and last days from their facts, and the open tickets (read whole, with what their histories
/// say) for the backlog and for their targets, which the time of the read settles. The figures are those
/// <see cref="MetricsCalculator"/> gives from every ticket, without reading a ticket that is not open.
/// Until the facts are built (the first start after an upgrade), from the tickets themselves through the indexes: the
/// tickets created from <see cref="LookbackDays"/> before the period, and the open ones.
/// What the metrics take from a history is kept (<see cref="TicketSummary"/>) and used again while the ticket's version
/// is the one it was taken from; every change to a ticket, on any instance, stores a new version.
/// </summary>
public sealed class MetricsReader(
    ITicketStore store, ITicketQueries queries, IDeflectionCounts deflections, ISlaClock sla, TimeProvider clock, IMetricDays days)
{
    /// <summary>The longest period read at once, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// How long before the period a ticket may have been opened and still be resolved, or have a target settled, in it:
    /// a P5's resolution target is about four calendar weeks, so a quarter leaves room for holds. A ticket opened
    /// earlier still counts while it is open (the open queues are read whole).
    /// </summary>
    public const int LookbackDays = 92;

    private const int PageSize = 200;
    private const int ParallelReads = 8;

    private readonly ConcurrentDictionary<TicketNumber, TicketSummary> summaries = new();

    public async Task<ServiceMetrics> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        if (await days.ReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            var open = await ReadOpenFactsAsync(cancellationToken).ConfigureAwait(false);
            return await FromDaysAsync(from, to, clock.GetUtcNow(), open, cancellationToken).ConfigureAwait(false);
        }

        var (facts, openTickets) = await ReadFactsAsync(from, to, cancellationToken).ConfigureAwait(false);
        var counts = await deflections.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        return MetricsCalculator.Calculate(from, to, clock.GetUtcNow(), facts, openTickets, counts, sla.Counted);
    }

    /// <summary>
    /// The period's figures and those of the period of the same length just before it (the dashboard's trends): each
    /// is what <see cref="ReadAsync"/> answers for its own period.
    /// </summary>
    public async Task<ComparedMetrics> ReadComparedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var before = from - (to - from);
        var now = clock.GetUtcNow();
        if (await days.ReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            var open = await ReadOpenFactsAsync(cancellationToken).ConfigureAwait(false);
            return new ComparedMetrics(
                await FromDaysAsync(from, to, now, open, cancellationToken).ConfigureAwait(false),
                await FromDaysAsync(before, from, now, open, cancellationToken).ConfigureAwait(false));
        }

        var (facts, openTickets) = await ReadFactsAsync(before, to, cancellationToken).ConfigureAwait(false);
        var current = await deflections.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        var previous = await deflections.CountAsync(before, from, cancellationToken).ConfigureAwait(false);
        return new ComparedMetrics(
            MetricsCalculator.Calculate(from, to, now, ReadFor(from, facts, openTickets), openTickets, current, sla.Counted),
            MetricsCalculator.Calculate(before, from, now, facts, openTickets, previous, sla.Counted));
    }

    private async Task<ServiceMetrics> FromDaysAsync(
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, List<TicketFacts> open, CancellationToken cancellationToken)
    {
        var tallies = await PeriodTallies.ReadAsync(days, from, to, now, open, sla.Counted, cancellationToken).ConfigureAwait(false);
        var counts = await deflections.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        return MetricsFromTallies.Build(from, to, now, tallies, open.Select(f => f.Ticket), counts);
    }

    private async Task<List<TicketFacts>> ReadOpenFactsAsync(CancellationToken cancellationToken)
    {
        var open = (await ReadOpenAsync(cancellationToken).ConfigureAwait(false)).DistinctBy(t => t.Number).ToList();
        return [.. await FactsOfAsync(open, cancellationToken).ConfigureAwait(false)];
    }

    /// <summary>What <see cref="ReadAsync"/> would have read for a period starting at <paramref name="from"/>: opened since the lookback, or open.</summary>
    private static IEnumerable<TicketFacts> ReadFor(DateTimeOffset from, TicketFacts[] facts, List<Ticket> open)
    {
        var since = from.AddDays(-LookbackDays);
        var openNumbers = open.Select(t => t.Number).ToHashSet();
        return facts.Where(f => f.Ticket.CreatedAt >= since || openNumbers.Contains(f.Ticket.Number));
    }

    /// <summary>The open tickets now (incidents and requests): their kept copy, else status by status through the status index.</summary>
    public async Task<List<Ticket>> ReadOpenAsync(CancellationToken cancellationToken)
    {
        if (await days.OpenTicketsAsync(cancellationToken).ConfigureAwait(false) is { } kept)
        {
            return [.. kept];
        }

        var open = new List<Ticket>();
        foreach (var status in Enum.GetValues<TicketStatus>().Where(s => s.IsOpen()))
        {
            open.AddRange(await ListAllAsync(new TicketFilter(status), cancellationToken).ConfigureAwait(false));
        }

        return open;
    }

    private static void CheckPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from || (to - from).TotalDays > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The period must be non-empty and at most MaxDays long.");
        }
    }

    private async Task<(TicketFacts[] Facts, List<Ticket> Open)> ReadFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var open = await ReadOpenAsync(cancellationToken).ConfigureAwait(false);
        var created = await ListAllAsync(new TicketFilter(CreatedFrom: from.AddDays(-LookbackDays), CreatedBefore: to), cancellationToken).ConfigureAwait(false);
        created = [.. created.Concat(open).DistinctBy(t => t.Number)];
        var facts = await FactsOfAsync(created, cancellationToken).ConfigureAwait(false);
        return (facts, open);
    }

    private async Task<TicketFacts[]> FactsOfAsync(List<Ticket> tickets, CancellationToken cancellationToken)
    {
        var facts = new TicketFacts[tickets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, tickets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, ct) => facts[i] = await FactsOfAsync(tickets[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return facts;
    }

    private async Task<TicketFacts> FactsOfAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (summaries.TryGetValue(ticket.Number, out var known) && known.Version == ticket.Version)
        {
            return new TicketFacts(ticket, known);
        }

        var needsHistory = ticket.Sla?.RespondedAt is null || ticket.Status is TicketStatus.Resolved or TicketStatus.Closed;
        var history = needsHistory ? await store.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false) : [];
        var facts = new TicketFacts(ticket, history);
        summaries[ticket.Number] = facts.Summary;
        return facts;
    }

    private async Task<List<Ticket>> ListAllAsync(TicketFilter filter, CancellationToken cancellationToken)
    {
        var tickets = new List<Ticket>();
        string? continuation = null;
        do
        {
            var page = await queries.ListAsync(filter, PageSize, continuation, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The ticket store refused a continuation it issued.");
            tickets.AddRange(page.Tickets);
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return tickets;
    }
}
