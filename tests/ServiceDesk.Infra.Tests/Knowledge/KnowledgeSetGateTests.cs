using ServiceDesk.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// The gate on the labelled sets: each question asked from a Teams client in its own language and in the other
/// one. Prints both the dev figures (tuned on) and the held-out figures (never tuned on).
/// </summary>
public sealed class KnowledgeSetGateTests(ITestOutputHelper output)
{
    // Gates at what the search honestly reaches (dev, tuned on: 93.8% / 93.8% / 96.2%; held-out, never tuned on:
    // 85.3% / 87.4% / 84.0%), a little under, so a regression fails and a real change is measured before it is claimed.
    [Theory]
    [InlineData(KnowledgeSets.Dev, false, 0.90, 0.90, 0.90)]
    [InlineData(KnowledgeSets.Dev, true, 0.90, 0.90, 0.90)]
    [InlineData(KnowledgeSets.HeldOut, false, 0.82, 0.85, 0.80)]
    [InlineData(KnowledgeSets.HeldOut, true, 0.82, 0.85, 0.80)]
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
    /// A problem gets the article before the incident form only from <see cref="KnowledgeRelevance.SolveFirst"/>: there
    /// the first hit must nearly always be the right article, and a question the base does not cover must not get there.
    /// </summary>
    [Theory]
    [InlineData(KnowledgeSets.Dev)]
    [InlineData(KnowledgeSets.HeldOut)]
    public void SolveFirst_StrongMatches_AreRightArticles(string part)
    {
        var strong = KnowledgeSets.Load(part)
            .Select(q => (q, Hit: RealKnowledgeBase.Shared.Search(q.Text, q.Language, 1).FirstOrDefault()))
            .Where(p => p.Hit is { Score: >= KnowledgeRelevance.SolveFirst })
            .ToList();
        var right = strong.Count(p => p.Hit!.ArticleId == p.q.ArticleId);
        var covered = KnowledgeSets.Load(part).Count(q => q.ArticleId is not null);

        output.WriteLine($"{part}: {strong.Count} of {covered} covered questions reach the solve-first score; right article for {right} of them");
        Assert.True(strong.Count >= covered / 5, $"only {strong.Count} questions reach the solve-first score");
        Assert.True(right >= strong.Count * 0.95, $"the first hit at the solve-first score is right for only {right} of {strong.Count}");
    }
}
