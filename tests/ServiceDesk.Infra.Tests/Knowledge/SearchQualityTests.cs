using ServiceDesk.Dialogs.Knowledge;
using Xunit.Abstractions;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>How often the right article comes first, or in the first three, for questions written as employees type them.</summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(KnowledgeLanguage.English)]
    [InlineData(KnowledgeLanguage.French)]
    public void HitRates_MeetTheGoal_Top1AtLeast85Percent_Top3AtLeast95Percent(string language)
    {
        var questions = RealKnowledgeBase.Questions(language);
        var top1 = 0;
        var top3 = 0;
        foreach (var (question, expected) in questions)
        {
            var hits = RealKnowledgeBase.Shared.Search(question, language, 3);
            var rank = hits.ToList().FindIndex(h => h.ArticleId == expected);
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            if (rank != 0)
            {
                output.WriteLine($"  miss (rank {(rank < 0 ? "-" : (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}): \"{question}\" expected {expected}, got {string.Join(", ", hits.Select(h => $"{h.ArticleId} {h.Score:0.0}"))}");
            }
        }

        double rate1 = (double)top1 / questions.Count, rate3 = (double)top3 / questions.Count;
        output.WriteLine($"{language}: {questions.Count} questions, top-1 {rate1:P1} ({top1}), top-3 {rate3:P1} ({top3})");
        Assert.True(questions.Count >= 40, $"at least 40 questions are needed, found {questions.Count}");
        Assert.True(rate1 >= 0.85, $"top-1 hit rate {rate1:P1} is under 85%");
        Assert.True(rate3 >= 0.95, $"top-3 hit rate {rate3:P1} is under 95%");
    }
}
