using System.Text.Json;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Days;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// One day's stored metric facts of one ticket as a change leaves them: <see cref="Facts"/> (JSON), or null when the
/// ticket no longer has any that day (a resolution undone by a reopening, a target settled otherwise).
/// </summary>
internal sealed record MetricDayChange(DateOnly Day, string? Facts)
{
    /// <summary>The days whose facts differ between two versions of a ticket (<paramref name="before"/> null: a creation).</summary>
    public static IReadOnlyList<MetricDayChange> Between(TicketFacts? before, TicketFacts after)
    {
        var old = before is null ? [] : ByDay(before);
        var now = ByDay(after);
        return
        [
            .. now.Where(d => !old.TryGetValue(d.Key, out var was) || was != d.Value).Select(d => new MetricDayChange(d.Key, d.Value)),
            .. old.Keys.Where(d => !now.ContainsKey(d)).Select(d => new MetricDayChange(d, null)),
        ];
    }

    /// <summary>Every day a ticket has facts on (the build of the facts for tickets written before they were kept).</summary>
    public static IReadOnlyList<MetricDayChange> All(TicketFacts facts) =>
        [.. ByDay(facts).Select(d => new MetricDayChange(d.Key, d.Value))];

    public static IReadOnlyList<MetricFact> Read(string facts) =>
        JsonSerializer.Deserialize(facts, RecordJson.Info<List<MetricFact>>()) ?? [];

    private static Dictionary<DateOnly, string> ByDay(TicketFacts facts) =>
        MetricFacts.Stored(facts).GroupBy(f => MetricFacts.DayOf(f.At))
            .ToDictionary(g => g.Key, g => JsonSerializer.Serialize(g.ToList(), RecordJson.Info<List<MetricFact>>()));
}
