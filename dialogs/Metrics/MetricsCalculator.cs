using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// The metrics' definitions (ITIL and HDI practice), as pure arithmetic over tickets already read:
/// <list type="bullet">
/// <item>backlog: the open tickets given (incidents and requests) now, by status and priority, and by age;</item>
/// <item>service levels: every response and resolution target (incidents and requests with a clock) settled in the
/// period (<see cref="SlaOutcome"/>): met when done by its due time, missed otherwise, an open breach being a miss;</item>
/// <item>MTTA / MTTR over the incidents resolved in the period: creation to first response / to the latest resolution,
/// in business time (the priority's calendar, holds awaiting the requester left out) and in wall-clock time;</item>
/// <item>first-contact resolution: <see cref="TicketFacts.ResolvedAtFirstContact"/> over the incidents resolved in the period;</item>
/// <item>CSAT: the ratings of the latest resolution (<see cref="TicketFacts.CurrentRating"/>) of those incidents;</item>
/// <item>deflection: helpful answers in the period / (helpful answers + incidents created in the period);</item>
/// <item>trends (<see cref="TrendFigures"/>): per day, top categories and services, reopen rate.</item>
/// </list>
/// </summary>
public static class MetricsCalculator
{
    /// <param name="from">Start of the period (included).</param>
    /// <param name="to">End of the period (excluded).</param>
    /// <param name="now">When the figures are computed: targets due after it and not met are not settled yet.</param>
    /// <param name="tickets">Every ticket that may count: created in or before the period, or still open, with its history.</param>
    /// <param name="open">The open tickets now, for the backlog.</param>
    /// <param name="deflections">Knowledge answers counted in the period.</param>
    /// <param name="counted">Business time between two instants for a priority (the SLA clock's calendar).</param>
    public static ServiceMetrics Calculate(
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset now,
        IEnumerable<TicketFacts> tickets, IEnumerable<Ticket> open, DeflectionCounts deflections,
        Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted)
    {
        ArgumentNullException.ThrowIfNull(deflections);
        ArgumentNullException.ThrowIfNull(counted);
        bool InPeriod(DateTimeOffset at) => at >= from && at < to;

        var all = tickets.DistinctBy(f => f.Ticket.Number).ToList();
        var incidents = all.Where(f => f.Ticket.Kind == TicketKind.Incident).ToList();
        var created = incidents.Where(f => InPeriod(f.Ticket.CreatedAt)).ToList();
        var resolved = incidents.Where(f => f.ResolvedAt is { } at && InPeriod(at)).ToList();
        var responses = Settled(all, f => SlaOutcome.Response(f, now), InPeriod);
        var resolutions = Settled(all, f => SlaOutcome.Resolution(f, now), InPeriod);
        var ratings = resolved.Select(f => f.CurrentRating).OfType<int>().ToList();

        var byPriority = Enum.GetValues<Priority>().Select(p => new PriorityFigures(
            p,
            created.Count(f => f.Ticket.Priority == p),
            resolved.Count(f => f.Ticket.Priority == p),
            Rate(responses.Where(o => o.Facts.Ticket.Priority == p)),
            Rate(resolutions.Where(o => o.Facts.Ticket.Priority == p)),
            Acknowledge(resolved.Where(f => f.Ticket.Priority == p), counted),
            Resolve(resolved.Where(f => f.Ticket.Priority == p), counted))).ToList();

        return new ServiceMetrics(
            from, to, now, created.Count, resolved.Count,
            BacklogOf(open, now),
            byPriority,
            Rate(responses),
            Rate(resolutions),
            Acknowledge(resolved, counted),
            Resolve(resolved, counted),
            new Rate(resolved.Count(f => f.ResolvedAtFirstContact), resolved.Count),
            DeflectionRate.Of(deflections, created.Count),
            new Csat(
                ratings.Count,
                ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
                ratings.Count == 0 ? null : Math.Round(100.0 * ratings.Count(r => r >= 4) / ratings.Count, 1)))
        {
            Trends = TrendCalculator.Calculate(from, to, created, resolved),
        };
    }

    private static List<(TicketFacts Facts, SlaOutcome Outcome)> Settled(
        List<TicketFacts> tickets, Func<TicketFacts, SlaOutcome?> outcome, Func<DateTimeOffset, bool> inPeriod) =>
        [.. tickets.Select(f => (Facts: f, Outcome: outcome(f))).Where(o => o.Outcome is { } settled && inPeriod(settled.SettledAt)).Select(o => (o.Facts, o.Outcome!))];

    private static SlaRate Rate(IEnumerable<(TicketFacts Facts, SlaOutcome Outcome)> outcomes)
    {
        int met = 0, total = 0, openBreaches = 0;
        foreach (var (_, outcome) in outcomes)
        {
            total++;
            met += outcome.Met ? 1 : 0;
            openBreaches += outcome.OpenBreach ? 1 : 0;
        }

        return new SlaRate(met, total, openBreaches);
    }

    private static MeanTimes Acknowledge(IEnumerable<TicketFacts> resolved, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted) =>
        Means(resolved.Where(f => f.RespondedAt is not null).Select(f => (
            counted(f.Ticket.Priority, f.Ticket.CreatedAt, f.RespondedAt!.Value),
            f.RespondedAt!.Value - f.Ticket.CreatedAt)));

    private static MeanTimes Resolve(IEnumerable<TicketFacts> resolved, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted) =>
        Means(resolved.Select(f =>
        {
            var business = counted(f.Ticket.Priority, f.Ticket.CreatedAt, f.ResolvedAt!.Value) - (f.Ticket.Sla?.PausedTotal ?? TimeSpan.Zero);
            return (business > TimeSpan.Zero ? business : TimeSpan.Zero, f.ResolvedAt!.Value - f.Ticket.CreatedAt);
        }));

    private static MeanTimes Means(IEnumerable<(TimeSpan Business, TimeSpan WallClock)> times)
    {
        var (count, business, wallClock) = (0, 0L, 0L);
        foreach (var (b, w) in times)
        {
            (count, business, wallClock) = (count + 1, business + Days.MetricTally.Ms(b), wallClock + Days.MetricTally.Ms(w));
        }

        return MeanTimes.Of(count, business, wallClock);
    }

    internal static Backlog BacklogOf(IEnumerable<Ticket> open, DateTimeOffset now)
    {
        var tickets = open.Where(t => t.Status.IsOpen()).DistinctBy(t => t.Number).ToList();
        var counts = tickets
            .GroupBy(t => (t.Status, t.Priority))
            .Select(g => new BacklogCount(g.Key.Status, g.Key.Priority, g.Count()))
            .OrderBy(c => c.Status).ThenBy(c => c.Priority)
            .ToList();
        var ages = tickets.Select(t => (int)Math.Floor(Math.Max(0, (now - t.CreatedAt).TotalDays))).ToList();
        return new Backlog(
            tickets.Count,
            counts,
            new BacklogAgeing(ages.Count(d => d <= 1), ages.Count(d => d is >= 2 and <= 7), ages.Count(d => d is >= 8 and <= 30), ages.Count(d => d > 30)));
    }
}
