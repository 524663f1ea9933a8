using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics.Days;

/// <summary>
/// The sum of <see cref="MetricFact"/>s (a day's, or a period's): counts per priority (index = priority − 1) and whole
/// milliseconds, so adding days in any order gives the same figures as counting the tickets at once. Kept per day
/// in storage as JSON, hence the settable properties.
/// </summary>
public sealed class MetricTally
{
    private const int Priorities = 5;

    public int[] Created { get; set; } = new int[Priorities];

    public int[] Resolved { get; set; } = new int[Priorities];

    public int[] ResponseMet { get; set; } = new int[Priorities];

    public int[] ResponseTotal { get; set; } = new int[Priorities];

    public int[] ResponseOpen { get; set; } = new int[Priorities];

    public int[] ResolutionMet { get; set; } = new int[Priorities];

    public int[] ResolutionTotal { get; set; } = new int[Priorities];

    public int[] ResolutionOpen { get; set; } = new int[Priorities];

    public int[] Acknowledged { get; set; } = new int[Priorities];

    public long[] AcknowledgeBusinessMs { get; set; } = new long[Priorities];

    public long[] AcknowledgeWallMs { get; set; } = new long[Priorities];

    public long[] ResolveBusinessMs { get; set; } = new long[Priorities];

    public long[] ResolveWallMs { get; set; } = new long[Priorities];

    public int FirstContact { get; set; }

    public int Rated { get; set; }

    public int RatingSum { get; set; }

    public int Satisfied { get; set; }

    public int Reopened { get; set; }

    public Dictionary<string, int> Categories { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Services { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The facts' sum; <paramref name="counted"/> is the SLA clock's business time (MTTA, MTTR).</summary>
    public static MetricTally Of(IEnumerable<MetricFact> facts, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var tally = new MetricTally();
        foreach (var fact in facts)
        {
            tally.Add(fact, counted);
        }

        return tally;
    }

    public void Add(MetricFact fact, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(counted);
        var p = (int)fact.Priority - 1;
        switch (fact.Kind)
        {
            case MetricFactKind.Created:
                Created[p]++;
                Count(Categories, fact.Category);
                Count(Services, fact.Service);
                break;
            case MetricFactKind.ResponseSla:
                ResponseTotal[p]++;
                ResponseMet[p] += fact.Met ? 1 : 0;
                ResponseOpen[p] += fact.OpenBreach ? 1 : 0;
                break;
            case MetricFactKind.ResolutionSla:
                ResolutionTotal[p]++;
                ResolutionMet[p] += fact.Met ? 1 : 0;
                ResolutionOpen[p] += fact.OpenBreach ? 1 : 0;
                break;
            default:
                AddResolution(fact, p, counted);
                break;
        }
    }

    public void Add(MetricTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (mine, theirs) in Arrays(other))
        {
            for (var i = 0; i < Priorities; i++)
            {
                mine[i] += theirs[i];
            }
        }

        for (var i = 0; i < Priorities; i++)
        {
            AcknowledgeBusinessMs[i] += other.AcknowledgeBusinessMs[i];
            AcknowledgeWallMs[i] += other.AcknowledgeWallMs[i];
            ResolveBusinessMs[i] += other.ResolveBusinessMs[i];
            ResolveWallMs[i] += other.ResolveWallMs[i];
        }

        (FirstContact, Rated, RatingSum, Satisfied, Reopened) =
            (FirstContact + other.FirstContact, Rated + other.Rated, RatingSum + other.RatingSum, Satisfied + other.Satisfied, Reopened + other.Reopened);
        Merge(Categories, other.Categories);
        Merge(Services, other.Services);
    }

    private void AddResolution(MetricFact fact, int p, Func<Priority, DateTimeOffset, DateTimeOffset, TimeSpan> counted)
    {
        Resolved[p]++;
        if (fact.RespondedAt is { } responded)
        {
            Acknowledged[p]++;
            AcknowledgeBusinessMs[p] += Ms(counted(fact.Priority, fact.CreatedAt, responded));
            AcknowledgeWallMs[p] += Ms(responded - fact.CreatedAt);
        }

        var business = counted(fact.Priority, fact.CreatedAt, fact.At) - fact.PausedTotal;
        ResolveBusinessMs[p] += Ms(business > TimeSpan.Zero ? business : TimeSpan.Zero);
        ResolveWallMs[p] += Ms(fact.At - fact.CreatedAt);
        FirstContact += fact.FirstContact ? 1 : 0;
        Reopened += fact.Reopened ? 1 : 0;
        if (fact.Rating is { } rating)
        {
            Rated++;
            RatingSum += rating;
            Satisfied += rating >= 4 ? 1 : 0;
        }
    }

    /// <summary>Whole milliseconds: sums stay exact whatever the order they are added in.</summary>
    internal static long Ms(TimeSpan span) => span.Ticks / TimeSpan.TicksPerMillisecond;

    private IEnumerable<(int[] Mine, int[] Theirs)> Arrays(MetricTally other) =>
    [
        (Created, other.Created), (Resolved, other.Resolved), (ResponseMet, other.ResponseMet), (ResponseTotal, other.ResponseTotal),
        (ResponseOpen, other.ResponseOpen), (ResolutionMet, other.ResolutionMet), (ResolutionTotal, other.ResolutionTotal),
        (ResolutionOpen, other.ResolutionOpen), (Acknowledged, other.Acknowledged),
    ];

    private static void Count(Dictionary<string, int> counts, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            var key = name.Trim();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    private static void Merge(Dictionary<string, int> counts, Dictionary<string, int> other)
    {
        foreach (var (name, count) in other)
        {
            counts[name] = counts.GetValueOrDefault(name) + count;
        }
    }
}
