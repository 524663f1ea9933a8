using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding.Measures;

/// <summary>
/// A question typed as a first message from a Teams client in <see cref="KnowledgeQuestion.ClientLocale"/>: the articles
/// shown (the answer first, then the others offered), top-1 and top-3; an uncovered question is answered honestly when no
/// article is shown at all.
/// </summary>
internal static class KnowledgeMeasure
{
    public const string Cross = "cross-language";

    public static async Task<KnowledgeFigures> RunAsync(Probe probe, IReadOnlyList<KnowledgeQuestion> questions, CancellationToken cancellationToken)
    {
        var covered = new List<(string Group, bool Top1, bool Top3)>();
        var refusals = new List<bool>();
        var misses = new List<Confusion>();
        foreach (var question in questions)
        {
            var chat = probe.NewChat(question.ClientLocale);
            var seen = await chat.SayAsync(question.Text, cancellationToken).ConfigureAwait(false);
            var shown = probe.Articles.Shown(seen);
            if (question.Article == KnowledgeQuestion.None)
            {
                refusals.Add(shown.Count == 0);
                if (shown.Count > 0)
                {
                    misses.Add(new Confusion("none", shown[0], question.Language, question.Text));
                }

                continue;
            }

            var top1 = shown.Count > 0 && shown[0] == question.Article;
            covered.Add((question.CrossLanguage ? Cross : question.Language, top1, shown.Take(3).Contains(question.Article)));
            if (!top1)
            {
                misses.Add(new Confusion(question.Article, shown.Count > 0 ? string.Join(",", shown.Take(3)) : seen.Summary(), question.Language + (question.CrossLanguage ? " from " + question.ClientLocale : string.Empty), question.Text));
            }
        }

        var groups = covered.GroupBy(c => c.Group).OrderBy(g => g.Key == Cross).ThenBy(g => g.Key)
            .ToDictionary(g => g.Key, g => new KnowledgeGroup(Ratio.Of(g.Select(c => c.Top1)), Ratio.Of(g.Select(c => c.Top3))));
        return new KnowledgeFigures(groups, Ratio.Of(refusals), misses);
    }
}
