using System.Globalization;
using System.Text;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Search;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Bench.Knowledge;

/// <summary>
/// k-fold cross-validation of the search alone over the labelled questions it may learn from (the ones
/// learn_questions.py reads, never a held-out part): each fold's questions are taken out of the articles' learned
/// <c>questions:</c> and the index is built again without them, so a question is never answered by its own copy. The
/// figure is what the search does on wordings it has not learned, at the bot's threshold: the right article first and
/// shown, among the answer and the related articles shown under it, and nothing shown when no article covers the question.
/// </summary>
internal static class CrossValidation
{
    /// <summary>The labelled files learn_questions.py learns from, relative to the repository root.</summary>
    private static readonly string[] TsvSets =
    [
        "bench/understanding/sets/knowledge-questions.dev.tsv",
        "bench/understanding/fresh/knowledge-questions.dev.tsv",
        "bench/understanding/fresh/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh2/knowledge-questions.dev.tsv",
        "bench/understanding/fresh2/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh3/knowledge-questions.dev.tsv",
        "bench/understanding/fresh4/knowledge-questions.dev.tsv",
        "bench/understanding/fresh4/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh5/knowledge-questions.dev.tsv",
        "bench/understanding/fresh5/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh6/knowledge-questions.dev.tsv",
        "bench/understanding/fresh6/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh7/knowledge-questions.dev.tsv",
        "bench/understanding/fresh7/knowledge-questions.heldout.tsv",
        "bench/understanding/fresh8/knowledge-questions.dev.tsv",
        "bench/understanding/fresh8/knowledge-questions.heldout.tsv",
    ];

    private static readonly string[] BarSets =
    [
        "tests/ServiceDesk.Infra.Tests/Knowledge/Sets/dev.{0}.txt",
        "tests/ServiceDesk.Infra.Tests/Knowledge/questions.{0}.txt",
    ];

    internal sealed record Question(string Locale, string Language, string Article, string Text, string Source);

    public static int Run(string root, int folds, double[] thresholds, bool misses, string? dump = null)
    {
        var questions = Load(root);
        var articles = KnowledgeLoader.Load(Path.Combine(root, "knowledge"));
        var results = new List<(Question Q, List<KnowledgeHit> Hits)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var left = questions.Where(q => FoldOf(q.Text, folds) == fold).ToList();
            var leftOut = left.Select(q => Normalize(q.Text)).ToHashSet(StringComparer.Ordinal);
            var stripped = articles.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<KnowledgeArticle>)[.. p.Value.Select(a => a with { Questions = [.. a.Questions.Where(x => !leftOut.Contains(Normalize(x)))] })]);
            var knowledge = new KnowledgeBase(stripped, new KnowledgeOptions { MinScore = 0 });
            foreach (var q in left)
            {
                results.Add((q, [.. knowledge.Search(q.Text, KnowledgeLanguage.FromLocale(q.Locale), 10)]));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{questions.Count} labelled questions ({questions.Count(q => q.Article != "none")} covered), {folds} folds by a hash of the question"));
        foreach (var threshold in thresholds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}"));
            Print("  en", results.Where(r => r.Q.Language == "en" && !Cross(r.Q)), threshold);
            Print("  fr", results.Where(r => r.Q.Language == "fr" && !Cross(r.Q)), threshold);
            Print("  cross-language", results.Where(r => Cross(r.Q)), threshold);
            Print("  all", results, threshold);
        }

        if (dump is not null)
        {
            // One line a question: its article, language, client locale and set, then the first ten articles and their
            // scores (for fitting a decision offline on some sets and checking it on others).
            File.WriteAllLines(dump, results.Select(r => string.Join('\t', [r.Q.Article, r.Q.Language, r.Q.Locale, r.Q.Source, .. r.Hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.ArticleId[3..]} {h.Score:0.0000}"))])));
        }

        if (misses)
        {
            var threshold = thresholds[0];
            foreach (var (q, hits) in results.Where(r => !Right(r, threshold, 1)))
            {
                var found = string.Join("  ", hits.Take(4).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.ArticleId} {h.Score:0.00}")));
                Console.WriteLine($"x {q.Article,-22} [{q.Language}/{q.Locale}] {q.Text}\n      → {(found.Length == 0 ? "nothing" : found)}   ({q.Source})");
            }
        }

        return 0;
    }

    /// <summary>
    /// The right article first and shown (<paramref name="top"/> 1), or shown first or among the related articles the bot
    /// offers under it (<see cref="KnowledgeRelevance.IsRelated"/>, under the threshold too); nothing shown for an
    /// uncovered question.
    /// </summary>
    private static bool Right((Question Q, List<KnowledgeHit> Hits) r, double threshold, int top) =>
        r.Q.Article == "none"
            ? r.Hits.Count == 0 || r.Hits[0].Score < threshold
            : r.Hits.Count > 0 && r.Hits[0].Score >= threshold
                && r.Hits.Take(1).Concat(r.Hits.Skip(1).Where(h => KnowledgeRelevance.IsRelated(r.Hits[0], h))).Take(top).Any(h => h.ArticleId == "kb-" + r.Q.Article);

    private static bool Cross(Question q) => !q.Locale.StartsWith(q.Language, StringComparison.Ordinal) && q.Locale != "-";

    private static void Print(string name, IEnumerable<(Question Q, List<KnowledgeHit> Hits)> source, double threshold)
    {
        var rows = source.ToList();
        var covered = rows.Where(r => r.Q.Article != "none").ToList();
        var uncovered = rows.Where(r => r.Q.Article == "none").ToList();
        double Share(int n, int of) => 100.0 * n / Math.Max(1, of);
        var top1 = covered.Count(r => Right(r, threshold, 1));
        var top3 = covered.Count(r => Right(r, threshold, 3));
        var honest = uncovered.Count(r => Right(r, threshold, 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} top-1 {Share(top1, covered.Count),5:0.0}% ({top1}/{covered.Count})  top-3 {Share(top3, covered.Count),5:0.0}% ({top3}/{covered.Count})  honest {Share(honest, uncovered.Count),5:0.0}% ({honest}/{uncovered.Count})"));
    }

    internal static List<Question> Load(string root)
    {
        var result = new List<Question>();
        foreach (var set in TsvSets)
        {
            var path = Path.Combine(root, set);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var cells in File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
            {
                result.Add(new Question(cells[0], cells[1], cells[2], cells[3], set));
            }
        }

        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var set in BarSets.Select(s => string.Format(CultureInfo.InvariantCulture, s, language)))
            {
                foreach (var line in File.ReadLines(Path.Combine(root, set)).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')))
                {
                    var bar = line.LastIndexOf('|');
                    var article = line[(bar + 1)..].Trim();
                    result.Add(new Question(language, language, article == "none" ? "none" : article.Replace("kb-", string.Empty, StringComparison.Ordinal), line[..bar].Trim(), set));
                }
            }
        }

        // One question once: the same wording in two sets would otherwise be answered by its twin in another fold.
        return [.. result.DistinctBy(q => Normalize(q.Text))];
    }

    /// <summary>Lower case, accents off, letters and digits only: the form learn_questions.py compares questions in.</summary>
    internal static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text.Trim().Trim('"').ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int FoldOf(string text, int folds)
    {
        // A stable hash (string.GetHashCode changes with every run).
        var hash = 17u;
        foreach (var c in Normalize(text))
        {
            hash = unchecked((hash * 31) + c);
        }

        return (int)(hash % (uint)folds);
    }
}
