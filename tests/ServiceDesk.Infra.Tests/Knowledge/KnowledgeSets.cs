using System.Globalization;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>One labelled question: its language, its text and the article that answers it (null: the base does not cover it).</summary>
internal sealed record LabelledQuestion(string Language, string Text, string? ArticleId);

/// <summary>
/// The labelled knowledge questions under Sets/: "dev" (the search may be tuned on it) and "heldout" (only measured),
/// one file per language. Each question is asked from a Teams client in its own language and in the other one.
/// </summary>
internal static class KnowledgeSets
{
    public const string Dev = "dev";
    public const string HeldOut = "heldout";

    public static IReadOnlyList<LabelledQuestion> Load(string part) =>
        [.. KnowledgeLanguage.All.SelectMany(language => Read(part, language))];

    private static IEnumerable<LabelledQuestion> Read(string part, string language)
    {
        var path = Path.Combine(RealKnowledgeBase.Folder, "..", "tests", "ServiceDesk.Infra.Tests", "Knowledge", "Sets", $"{part}.{language}.txt");
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var bar = line.LastIndexOf('|');
            if (bar < 0)
            {
                throw new FormatException($"{part}.{language}.txt: '{line}' is not 'question | id'");
            }

            var id = line[(bar + 1)..].Trim();
            yield return new LabelledQuestion(language, line[..bar].Trim(), id == "none" ? null : id);
        }
    }

    /// <summary>Top-1 and top-3 on covered questions and the honest-refusal rate on the others, for one client language mode.</summary>
    public static SetFigures Measure(
        IReadOnlyList<LabelledQuestion> questions, Func<string, string, IReadOnlyList<KnowledgeHit>> search, bool crossLanguage, List<string> misses)
    {
        int covered = 0, top1 = 0, top3 = 0, uncovered = 0, honest = 0;
        foreach (var q in questions)
        {
            var locale = crossLanguage ? KnowledgeLanguage.All.First(l => l != q.Language) : q.Language;
            var hits = search(q.Text, locale);
            if (q.ArticleId is null)
            {
                uncovered++;
                honest += hits.Count == 0 ? 1 : 0;
                if (hits.Count > 0)
                {
                    misses.Add($"  [{q.Language}→{locale}] not covered but answered: \"{q.Text}\" → {hits[0].ArticleId} {hits[0].Score:0.00}");
                }

                continue;
            }

            covered++;
            var rank = hits.Take(3).Select(h => h.ArticleId).ToList().IndexOf(q.ArticleId);
            top1 += rank == 0 ? 1 : 0;
            top3 += rank >= 0 ? 1 : 0;
            if (rank != 0)
            {
                var got = string.Join(", ", hits.Take(3).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.ArticleId} {h.Score:0.00}")));
                misses.Add($"  [{q.Language}→{locale}] rank {(rank < 0 ? "-" : (rank + 1).ToString(CultureInfo.InvariantCulture))}: \"{q.Text}\" expected {q.ArticleId}, got {(got.Length == 0 ? "nothing" : got)}");
            }
        }

        return new SetFigures(covered, top1, top3, uncovered, honest);
    }
}

/// <summary>What one run over a set measured.</summary>
internal sealed record SetFigures(int Covered, int Top1, int Top3, int Uncovered, int Honest)
{
    public double Top1Rate => Covered == 0 ? 0 : (double)Top1 / Covered;

    public double Top3Rate => Covered == 0 ? 0 : (double)Top3 / Covered;

    public double HonestRate => Uncovered == 0 ? 0 : (double)Honest / Uncovered;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"covered {Covered}: top-1 {Top1Rate:P1} ({Top1}), top-3 {Top3Rate:P1} ({Top3}); not covered {Uncovered}: honest {HonestRate:P1} ({Honest})");
}
