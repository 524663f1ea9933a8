using System.Globalization;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Bench.Knowledge;

/// <summary>
/// What the search answers to each question of a labelled set (bench/understanding/sets/knowledge-questions.*.tsv):
/// the three best articles with their scores, and whether the labelled one is first. For writing aliases and
/// synonyms: run it on the dev part only, so the held-out part stays a fair measure.
/// </summary>
internal static class Explain
{
    public static async Task<int> RunAsync(IKnowledgeSearch search, string path)
    {
        int covered = 0, top1 = 0, top3 = 0, uncovered = 0, honest = 0;
        foreach (var cells in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            var (locale, article, text) = (cells[0], cells[2], cells[3]);
            var hits = await search.SearchAsync(text, KnowledgeLanguage.FromLocale(locale), 3, CancellationToken.None);
            var ids = hits.Select(h => h.ArticleId.Replace("kb-", string.Empty, StringComparison.Ordinal)).ToList();
            var rank = ids.IndexOf(article);
            var ok = article == "none" ? hits.Count == 0 : rank == 0;
            if (article == "none")
            {
                (uncovered, honest) = (uncovered + 1, honest + (ok ? 1 : 0));
            }
            else
            {
                (covered, top1, top3) = (covered + 1, top1 + (rank == 0 ? 1 : 0), top3 + (rank >= 0 ? 1 : 0));
            }

            var found = string.Join("  ", hits.Select((h, i) => string.Create(CultureInfo.InvariantCulture, $"{ids[i]} {h.Score:0.00}")));
            Console.WriteLine($"{(ok ? "  " : "x ")}{article,-24} {text}\n      → {(found.Length == 0 ? "nothing" : found)}");
        }

        Console.WriteLine(FormattableString.Invariant(
            $"covered {covered}: top-1 {top1}, top-3 {top3}; not covered {uncovered}: honest {honest}"));
        return 0;
    }
}
