using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding.Reporting;

/// <summary>hits out of total; <see cref="Percent"/> is 100 when there is nothing to measure (so a gate never fails on an empty group).</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Hits / Total;

    public override string ToString() => Total == 0 ? "n/a" : $"{Percent,5:0.0}% ({Hits}/{Total})";

    public static Ratio Of(IEnumerable<bool> outcomes)
    {
        var list = outcomes.ToList();
        return new Ratio(list.Count(o => o), list.Count);
    }
}

/// <summary>One message the recogniser got wrong: expected → got, with the text.</summary>
public sealed record Confusion(string Expected, string Got, string Language, string Text);

/// <summary>
/// The intent read by the recogniser (<see cref="All"/>, by language and by intent, and its confusions) and the intent the
/// router acts on after its second looks (<see cref="Routed"/>, by language; <see cref="SecondLooks"/>: the lines whose
/// reading they changed, "recogniser's → router's" in <see cref="Confusion.Got"/>).
/// </summary>
public sealed record IntentFigures(
    Ratio All,
    IReadOnlyDictionary<string, Ratio> ByLanguage,
    IReadOnlyDictionary<string, Ratio> ByIntent,
    IReadOnlyList<Confusion> Confusions,
    Ratio Routed,
    IReadOnlyDictionary<string, Ratio> RoutedByLanguage,
    IReadOnlyList<Confusion> SecondLooks);

public sealed record SlotFigures(Ratio Category, Ratio Service, Ratio Impact, Ratio Urgency, IReadOnlyList<Confusion> Misses);

/// <summary>Follow-ups: shown the right ticket (and only it); "not mine": no single wrong ticket shown; what started a new request.</summary>
public sealed record FollowUpFigures(Ratio RightTicket, Ratio NotMineHonest, int NewFormsOpened, int DuplicatesCreated, IReadOnlyList<Confusion> Misses);

/// <summary>
/// Access: right item taken, right item among the candidates asked (of which: the whole catalogue offered, not a "did you
/// mean"), silently wrong, and not understood as access.
/// </summary>
public sealed record AccessFigures(int Total, int Right, int Asked, int AskedWithWholeCatalogue, int SilentlyWrong, int NotTaken, IReadOnlyList<Confusion> Misses)
{
    public Ratio RightOrAsked => new(Right + Asked, Total);

    public Ratio Silent => new(SilentlyWrong, Total);
}

public sealed record KnowledgeGroup(Ratio Top1, Ratio Top3);

/// <summary>Covered questions by the language they are written in (client in the same language) and across languages; uncovered: honest "I don't know".</summary>
public sealed record KnowledgeFigures(IReadOnlyDictionary<string, KnowledgeGroup> Covered, Ratio HonestRefusal, IReadOnlyList<Confusion> Misses);

public sealed record ScriptFailure(string Script, string Expectation, string Seen);

public sealed record ScriptFigures(Ratio Passed, IReadOnlyList<ScriptFailure> Failures);

public sealed record LatencyFigures(double P50Microseconds, double P99Microseconds, int Samples);

public sealed record SplitFigures(
    Split Split,
    IntentFigures Intent,
    SlotFigures Slots,
    FollowUpFigures FollowUps,
    AccessFigures Access,
    KnowledgeFigures Knowledge,
    ScriptFigures Conversations,
    LatencyFigures Latency,
    int FailedTurns,
    IReadOnlyList<string> FailureKinds);
