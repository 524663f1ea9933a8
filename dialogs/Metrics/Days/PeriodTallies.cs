using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>
/// A period's tallies by day from <see cref="IMetricDays"/>: the days it covers whole from their kept tallies, the
/// days it covers in part from their facts (those in the period), and the open tickets' targets counted live.
/// </summary>
internal static class PeriodTallies
{
    public static async Task<Dictionary<DateOnly, MetricTally>> ReadAsync(
        IMetricDays days, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, IEnumerable<TicketFacts> open,
        Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted, CancellationToken cancellationToken)
    {
        bool InPeriod(DateTimeOffset at) => at >= from && at < to;
        var first = MetricFacts.DayOf(from);
        var last = MetricFacts.DayOf(to.AddTicks(-1));
        var wholeFirst = Start(first) >= from ? first : first.AddDays(1);
        var wholeLast = Start(last.AddDays(1)) <= to ? last : last.AddDays(-1);

        var tallies = new Dictionary<DateOnly, MetricTally>();
        if (wholeFirst <= wholeLast)
        {
            foreach (var (day, tally) in await days.TalliesAsync(wholeFirst, wholeLast, counted, cancellationToken).ConfigureAwait(false))
            {
                tallies[day] = tally;
            }
        }

        foreach (var day in new[] { first, last }.Distinct().Where(d => d < wholeFirst || d > wholeLast))
        {
            var facts = await days.FactsAsync(day, cancellationToken).ConfigureAwait(false);
            tallies[day] = MetricTally.Of(facts.Where(f => InPeriod(f.At)), counted);
        }

        foreach (var fact in open.SelectMany(f => MetricFacts.Live(f, now)).Where(f => InPeriod(f.At)))
        {
            var day = MetricFacts.DayOf(fact.At);
            if (!tallies.TryGetValue(day, out var tally))
            {
                tallies[day] = tally = new MetricTally();
            }

            tally.Add(fact, counted);
        }

        return tallies;
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
