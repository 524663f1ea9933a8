namespace ServiceDesk.Dialogs.Metrics;

/// <summary>Incidents created and incidents resolved (latest resolution) on one UTC day of the period.</summary>
public sealed record DailyCount(DateOnly Day, int Created, int Resolved);

/// <summary>How many incidents created in the period name <see cref="Name"/> (a category id or a service).</summary>
public sealed record NamedCount(string Name, int Count);

/// <summary>
/// The figures the dashboard's trends add to <see cref="ServiceMetrics"/>, under the same period and definitions:
/// created and resolved per day, the top categories and services of the incidents created, and the reopen rate
/// (of the incidents resolved in the period, those reopened at least once before their latest resolution).
/// </summary>
public sealed record TrendFigures(
    IReadOnlyList<DailyCount> Daily,
    IReadOnlyList<NamedCount> TopCategories,
    IReadOnlyList<NamedCount> TopServices,
    Rate Reopened)
{
    public static readonly TrendFigures None = new([], [], [], new Rate(0, 0));
}

/// <summary>A period's figures and those of the period of the same length just before it.</summary>
public sealed record ComparedMetrics(ServiceMetrics Current, ServiceMetrics Previous);
