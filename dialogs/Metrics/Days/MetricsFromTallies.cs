using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>
/// <see cref="ServiceMetrics"/> from a period's tallies by day: the same figures <see cref="MetricsCalculator"/> gives
/// from the tickets themselves (the tests hold the two equal), without reading a ticket that is not open.
/// </summary>
internal static class MetricsFromTallies
{
    public static ServiceMetrics Build(
        DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, IReadOnlyDictionary<DateOnly, MetricTally> days,
        IEnumerable<Ticket> open, DeflectionCounts deflections)
    {
        var t = new MetricTally();
        foreach (var day in days.Values)
        {
            t.Add(day);
        }

        var created = t.Created.Sum();
        var resolved = t.Resolved.Sum();
        var byPriority = Enum.GetValues<Priority>().Select(p =>
        {
            var i = (int)p - 1;
            return new PriorityFigures(
                p, t.Created[i], t.Resolved[i],
                new SlaRate(t.ResponseMet[i], t.ResponseTotal[i], t.ResponseOpen[i]),
                new SlaRate(t.ResolutionMet[i], t.ResolutionTotal[i], t.ResolutionOpen[i]),
                MeanTimes.Of(t.Acknowledged[i], t.AcknowledgeBusinessMs[i], t.AcknowledgeWallMs[i]),
                MeanTimes.Of(t.Resolved[i], t.ResolveBusinessMs[i], t.ResolveWallMs[i]));
        }).ToList();

        var daily = new List<DailyCount>();
        for (var day = MetricFacts.DayOf(from); day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < to.UtcDateTime; day = day.AddDays(1))
        {
            var tally = days.GetValueOrDefault(day);
            daily.Add(new DailyCount(day, tally?.Created.Sum() ?? 0, tally?.Resolved.Sum() ?? 0));
        }

        return new ServiceMetrics(
            from, to, now, created, resolved,
            MetricsCalculator.BacklogOf(open, now),
            byPriority,
            new SlaRate(t.ResponseMet.Sum(), t.ResponseTotal.Sum(), t.ResponseOpen.Sum()),
            new SlaRate(t.ResolutionMet.Sum(), t.ResolutionTotal.Sum(), t.ResolutionOpen.Sum()),
            MeanTimes.Of(t.Acknowledged.Sum(), t.AcknowledgeBusinessMs.Sum(), t.AcknowledgeWallMs.Sum()),
            MeanTimes.Of(resolved, t.ResolveBusinessMs.Sum(), t.ResolveWallMs.Sum()),
            new Rate(t.FirstContact, resolved),
            DeflectionRate.Of(deflections, created),
            new Csat(
                t.Rated,
                t.Rated == 0 ? null : Math.Round((double)t.RatingSum / t.Rated, 2),
                t.Rated == 0 ? null : Math.Round(100.0 * t.Satisfied / t.Rated, 1)))
        {
            Trends = new TrendFigures(daily, TrendCalculator.Top(t.Categories), TrendCalculator.Top(t.Services), new Rate(t.Reopened, resolved)),
        };
    }
}
