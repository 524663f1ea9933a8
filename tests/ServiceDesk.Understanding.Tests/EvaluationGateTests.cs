using ServiceDesk.Bench.Understanding;
using ServiceDesk.Bench.Understanding.Reporting;
using Xunit.Abstractions;

namespace ServiceDesk.Understanding.Tests;

/// <summary>
/// The understanding evaluation (bench/understanding, every labelled set, dev and held out) as a regression gate: one
/// run, shared by the tests below; the thresholds are in <see cref="Gate"/>.
/// </summary>
public sealed class EvaluationGateTests(EvaluationRun run, ITestOutputHelper output) : IClassFixture<EvaluationRun>
{
    [Fact]
    public void NoFigureFallsBelowItsThreshold()
    {
        output.WriteLine(ReportPrinter.ToText(run.Figures, details: false));
        var failures = Gate.Check(run.Figures);
        Assert.True(failures.Count == 0, "Understanding regressed:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void EveryFigureIsMeasuredOnDevAndHeldOut()
    {
        Assert.Equal(2, run.Figures.Count);
        Assert.All(run.Figures, split =>
        {
            Assert.True(split.Intent.All.Total >= 150, $"{split.Split}: {split.Intent.All.Total} single messages");
            Assert.True(split.FollowUps.RightTicket.Total >= 20, $"{split.Split}: {split.FollowUps.RightTicket.Total} follow-ups");
            Assert.True(split.Access.Total >= 20, $"{split.Split}: {split.Access.Total} access requests");
            Assert.True(split.Knowledge.HonestRefusal.Total >= 15, $"{split.Split}: {split.Knowledge.HonestRefusal.Total} uncovered questions");
            Assert.True(split.Conversations.Passed.Total >= 15, $"{split.Split}: {split.Conversations.Passed.Total} conversations");
        });
    }

    [Fact]
    public void TheGateFailsAFigureBelowItsThreshold()
    {
        var collapsed = run.Figures[0] with { Intent = run.Figures[0].Intent with { All = new Ratio(0, 100) } };
        Assert.Contains(Gate.Check([collapsed, run.Figures[1]]), f => f.Contains("intent, all", StringComparison.Ordinal));
    }
}

/// <summary>Runs the evaluation once for the class (about ten seconds).</summary>
public sealed class EvaluationRun : IAsyncLifetime
{
    public IReadOnlyList<SplitFigures> Figures { get; private set; } = [];

    public async Task InitializeAsync() =>
        Figures = await Evaluation.RunAsync(RepositoryFiles.Find(), latencyRounds: 1, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;
}
