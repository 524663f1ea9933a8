using ServiceDesk.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// The gate on the labelled sets: each question asked from a Teams client in its own language and in the other
/// one. Prints both the dev figures (tuned on) and the held-out figures (never tuned on).
/// </summary>
public sealed class KnowledgeSetGateTests(ITestOutputHelper output)
{
    // Gates at what the search honestly reaches, a little under, so a regression fails and a real change is measured
    // before it is claimed. 2026-12-06, with 142 more questions (written before the search changes of that day): dev,
    // tuned on, top-1 / top-3 / honest 94.9% / 95.5% / 83.3% (86.4% / 86.9% / 83.3% before those changes); held out,
    // never tuned on, 87.3% / 91.0% / 90.9% (80.6% / 83.6% / 81.8% before).
    [Theory]
    [InlineData(KnowledgeSets.Dev, false, 0.90, 0.90, 0.80)]
    [InlineData(KnowledgeSets.Dev, true, 0.90, 0.90, 0.80)]
    [InlineData(KnowledgeSets.HeldOut, false, 0.84, 0.88, 0.87)]
    [InlineData(KnowledgeSets.HeldOut, true, 0.84, 0.88, 0.87)]
    public void LabelledSet_MeetsTheGate(string part, bool crossLanguage, double minTop1, double minTop3, double minHonest)
    {
        var questions = KnowledgeSets.Load(part);
        var misses = new List<string>();
        var figures = KnowledgeSets.Measure(questions, (text, locale) => RealKnowledgeBase.Shared.Search(text, locale, 3), crossLanguage, misses);

        output.WriteLine($"{part} ({(crossLanguage ? "other-language client" : "same-language client")}): {figures}");
        if (part == KnowledgeSets.Dev)
        {
            // Only the dev part's misses are shown: the held-out part is measured, never looked into for tuning.
            misses.ForEach(output.WriteLine);
        }

        Assert.True(figures.Covered >= 60 && figures.Uncovered >= 20, $"the {part} set is too small: {figures}");
        Assert.True(figures.Top1Rate >= minTop1, $"top-1 {figures.Top1Rate:P1} is under {minTop1:P0}");
        Assert.True(figures.Top3Rate >= minTop3, $"top-3 {figures.Top3Rate:P1} is under {minTop3:P0}");
        Assert.True(figures.HonestRate >= minHonest, $"honest refusals {figures.HonestRate:P1} are under {minHonest:P0}");
    }

    /// <summary>
    /// A clear match (<see cref="KnowledgeRelevance.IsClear"/>: <see cref="KnowledgeRelevance.SolveFirst"/> with a lead of
    /// <see cref="KnowledgeRelevance.SolveFirstLead"/> over the next article) may take the place of a request form: there
    /// the first hit must nearly always be the right article, and a fair share of the covered questions must get there.
    /// </summary>
    [Theory]
    [InlineData(KnowledgeSets.Dev)]
    [InlineData(KnowledgeSets.HeldOut)]
    public void SolveFirst_StrongMatches_AreRightArticles(string part)
    {
        var strong = KnowledgeSets.Load(part)
            .Select(q => (q, Hits: RealKnowledgeBase.Shared.Search(q.Text, q.Language, 2)))
            .Where(p => p.Hits is [{ Score: >= KnowledgeRelevance.SolveFirst } first, ..] rest
                && (rest.Count == 1 || first.Score - rest[1].Score >= KnowledgeRelevance.SolveFirstLead))
            .ToList();
        var right = strong.Count(p => p.Hits[0].ArticleId == p.q.ArticleId);
        var covered = KnowledgeSets.Load(part).Count(q => q.ArticleId is not null);

        output.WriteLine($"{part}: {strong.Count} of {covered} covered questions reach the solve-first score and lead; right article for {right} of them");
        Assert.True(strong.Count >= covered / 3, $"only {strong.Count} questions reach the solve-first score and lead");
        Assert.True(right >= strong.Count * 0.95, $"the first hit at the solve-first score is right for only {right} of {strong.Count}");
    }
}
