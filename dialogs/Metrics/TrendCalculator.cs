using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>The arithmetic of <see cref="TrendFigures"/> over the incidents created and resolved in the period.</summary>
internal static class TrendCalculator
{
    /// <summary>Rows kept in each top list.</summary>
    public const int TopCount = 10;

    public static TrendFigures Calculate(DateTimeOffset from, DateTimeOffset to, List<TicketFacts> created, List<TicketFacts> resolved)
    {
        var createdPerDay = created.GroupBy(f => Day(f.Ticket.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var resolvedPerDay = resolved.GroupBy(f => Day(f.ResolvedAt!.Value)).ToDictionary(g => g.Key, g => g.Count());
        var daily = new List<DailyCount>();
        for (var day = Day(from); day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) < to.UtcDateTime; day = day.AddDays(1))
        {
            daily.Add(new DailyCount(day, createdPerDay.GetValueOrDefault(day), resolvedPerDay.GetValueOrDefault(day)));
        }

        return new TrendFigures(
            daily,
            Top(created.Select(f => f.Ticket.Category)),
            Top(created.Select(f => f.Ticket.Service)),
            new Rate(resolved.Count(f => f.Reopened), resolved.Count));
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static List<NamedCount> Top(IEnumerable<string?> names) =>
        Top(names.Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n!.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));

    /// <summary>
    /// The largest counts, names compared ignoring case; a name spelt several ways is shown with its first spelling
    /// in ordinal order, so the same counts give the same rows however the tickets were read.
    /// </summary>
    internal static List<NamedCount> Top(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new NamedCount(g.Select(c => c.Key).Min(StringComparer.Ordinal)!, g.Sum(c => c.Value)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(TopCount)];
}
