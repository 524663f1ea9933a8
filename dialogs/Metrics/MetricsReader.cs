using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// Reads what the metrics need through the indexes (the tickets created from <see cref="LookbackDays"/> before the
/// period to its end, the open queues, the deflection counts) and hands it to <see cref="MetricsCalculator"/>.
/// Histories are read only where they add something: a ticket with no recorded response, or a resolved one
/// (first-contact resolution, the rating of the latest resolution), and only once per version of the ticket: what the
/// metrics take from a history is kept (<see cref="TicketSummary"/>, a few fields per ticket) and used again while the
/// ticket's version is the one it was taken from. Every change to a ticket, on any instance, stores a new version, so
/// a kept summary is never stale; the read of the indexes still sees every change.
/// </summary>
public sealed class MetricsReader(ITicketStore store, ITicketQueries queries, IDeflectionCounts deflections, ISlaClock sla, TimeProvider clock)
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
        var (facts, open) = await ReadFactsAsync(from, to, cancellationToken).ConfigureAwait(false);
        var counts = await deflections.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        return MetricsCalculator.Calculate(from, to, clock.GetUtcNow(), facts, open, counts, sla.Counted);
    }

    /// <summary>
    /// The period's figures and those of the period of the same length just before it, from one read of the tickets
    /// (the dashboard's trends): each is what <see cref="ReadAsync"/> answers for its own period.
    /// </summary>
    public async Task<ComparedMetrics> ReadComparedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var before = from - (to - from);
        var (facts, open) = await ReadFactsAsync(before, to, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var current = await deflections.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        var previous = await deflections.CountAsync(before, from, cancellationToken).ConfigureAwait(false);
        return new ComparedMetrics(
            MetricsCalculator.Calculate(from, to, now, ReadFor(from, facts, open), open, current, sla.Counted),
            MetricsCalculator.Calculate(before, from, now, facts, open, previous, sla.Counted));
    }

    /// <summary>What <see cref="ReadAsync"/> would have read for a period starting at <paramref name="from"/>: opened since the lookback, or open.</summary>
    private static IEnumerable<TicketFacts> ReadFor(DateTimeOffset from, TicketFacts[] facts, List<Ticket> open)
    {
        var since = from.AddDays(-LookbackDays);
        var openNumbers = open.Select(t => t.Number).ToHashSet();
        return facts.Where(f => f.Ticket.CreatedAt >= since || openNumbers.Contains(f.Ticket.Number));
    }

    /// <summary>The open tickets now (incidents and requests), read status by status through the status index.</summary>
    public async Task<List<Ticket>> ReadOpenAsync(CancellationToken cancellationToken)
    {
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
        var facts = new TicketFacts[created.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, created.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, ct) => facts[i] = await FactsOfAsync(created[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return (facts, open);
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
