using ServiceDesk.Dialogs.Catalogue;
using Xunit.Abstractions;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// The matcher over requests written as employees type them, against the catalogue appsettings.json ships:
/// right, asked, missed and silently wrong, with every line that was not right printed.
/// </summary>
public sealed class AccessMatcherAccuracyTests(ITestOutputHelper output)
{
    private readonly AccessCatalogue _catalogue = ShippedAccessCatalogue.Catalogue();

    [Fact]
    public void DevSet_RightOrAsked_AtLeast98Percent_SilentlyWrong_AtMostOneIn50()
    {
        var figures = Measure(AccessRequestSet.Dev);

        Assert.True(figures.RightOrAsked >= 0.98, figures.ToString());
        Assert.True(figures.SilentlyWrongShare <= 0.02, figures.ToString());
    }

    [Fact]
    public void HeldOutSet_RightOrAsked_AtLeast98Percent_SilentlyWrong_AtMostOneIn50()
    {
        var figures = Measure(AccessRequestSet.HeldOut);

        Assert.True(figures.RightOrAsked >= 0.98, figures.ToString());
        Assert.True(figures.SilentlyWrongShare <= 0.02, figures.ToString());
    }

    [Fact]
    public void FreshSet_RightOrAsked_AtLeast98Percent_SilentlyWrong_AtMostOneIn50()
    {
        var figures = Measure(AccessRequestSet.Fresh);

        Assert.True(figures.RightOrAsked >= 0.98, figures.ToString());
        Assert.True(figures.SilentlyWrongShare <= 0.02, figures.ToString());
    }

    [Fact]
    public void ThirdSet_RightOrAsked_AtLeast98Percent_SilentlyWrong_AtMostOneIn50()
    {
        var figures = Measure(AccessRequestSet.Third);

        Assert.True(figures.RightOrAsked >= 0.98, figures.ToString());
        Assert.True(figures.SilentlyWrongShare <= 0.02, figures.ToString());
    }

    private Figures Measure(string set)
    {
        var requests = AccessRequestSet.Load(set);
        var verdicts = new List<MatchVerdict>();
        foreach (var request in requests)
        {
            var match = _catalogue.Match(request.Text);
            var verdict = request.Judge(match);
            verdicts.Add(verdict);
            if (verdict != MatchVerdict.Right)
            {
                output.WriteLine($"{verdict,-13} expected {request.Expected,-22} got {match.Kind} [{string.Join(", ", match.Candidates.Select(c => c.Id))}]  \"{request.Text}\"");
            }
        }

        var figures = new Figures(set, requests.Count, verdicts.Count(v => v == MatchVerdict.Right), verdicts.Count(v => v == MatchVerdict.Asked),
            verdicts.Count(v => v == MatchVerdict.Missed), verdicts.Count(v => v == MatchVerdict.SilentlyWrong));
        output.WriteLine(figures.ToString());
        return figures;
    }

    private sealed record Figures(string Set, int Total, int Right, int Asked, int Missed, int SilentlyWrong)
    {
        public double RightOrAsked => (double)(Right + Asked) / Total;

        public double SilentlyWrongShare => (double)SilentlyWrong / Total;

        public override string ToString() =>
            $"{Set}: {Total} requests, right {Right}, asked {Asked}, missed {Missed}, silently wrong {SilentlyWrong} (right or asked {RightOrAsked:P1})";
    }
}
