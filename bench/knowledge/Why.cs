using System.Globalization;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Knowledge.Search;

namespace ServiceDesk.Bench.Knowledge;

/// <summary>
/// How each language's index reads one question: the stems it knows with their weight, how many words it does not
/// know, and the best articles of that language alone. For writing synonyms and aliases (on dev questions only).
/// </summary>
internal static class Why
{
    /// <summary>
    /// Like --explain with no threshold, the first three articles and their scores; with <paramref name="noAliases"/>,
    /// on articles stripped of their aliases: how the search fares on articles nobody wrote aliases for.
    /// </summary>
    public static int Scores(string folder, string setPath, bool noAliases, bool quiet = false)
    {
        var minScore = new KnowledgeOptions().MinScore;
        var tally = new Dictionary<string, (int Right, int Covered, int Honest, int Uncovered)>(StringComparer.Ordinal);
        var knowledge = new KnowledgeBase(Load(folder, noAliases), new KnowledgeOptions { MinScore = 0 });
        foreach (var cells in File.ReadLines(setPath).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            var (locale, lang, article, text) = (cells[0], cells[1], cells[2], cells[3]);
            var hits = knowledge.Search(text, ServiceDesk.Dialogs.Knowledge.KnowledgeLanguage.FromLocale(locale), 3);
            var found = string.Join("  ", hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.ArticleId} {h.Score:0.00}")));
            var ok = hits.Count > 0 && hits[0].ArticleId == "kb-" + article;
            var shown = hits.Count > 0 && hits[0].Score >= minScore;
            var t = tally.GetValueOrDefault(lang);
            tally[lang] = article == "none"
                ? t with { Honest = t.Honest + (shown ? 0 : 1), Uncovered = t.Uncovered + 1 }
                : t with { Right = t.Right + (ok && shown ? 1 : 0), Covered = t.Covered + 1 };
            if (!quiet)
            {
                Console.WriteLine($"{(ok ? "  " : "x ")}{article,-24} {text}\n      → {(found.Length == 0 ? "nothing" : found)}");
            }
        }

        // The search alone, at the bot's threshold: the right article first and shown, and nothing shown when none covers it.
        foreach (var (lang, t) in tally.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{lang}: right first {t.Right}/{t.Covered} ({100.0 * t.Right / Math.Max(1, t.Covered):0.0}%), honest {t.Honest}/{t.Uncovered} ({100.0 * t.Honest / Math.Max(1, t.Uncovered):0.0}%)"));
        }

        return 0;
    }

    public static int Run(string folder, IEnumerable<string> questions, bool noAliases = false)
    {
        var knowledge = new KnowledgeBase(Load(folder, noAliases), new KnowledgeOptions());
        if (questions.Contains("--tasks"))
        {
            // The tasks each article explains, as the search reads them (TaskWords).
            var index = knowledge.IndexFor("en");
            foreach (var article in index.Articles)
            {
                Console.WriteLine($"{article.Id,-28} {string.Join(", ", index.TasksOf(article.Id).Order(StringComparer.Ordinal))}");
            }

            return 0;
        }

        foreach (var question in questions)
        {
            Console.WriteLine(question);
            foreach (var language in new[] { "en", "fr" })
            {
                var index = knowledge.IndexFor(language);
                var terms = index.Analyze(question);
                var best = index.Score(terms, 0).OrderByDescending(s => s.Score).Take(3)
                    .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ArticleId} {s.Score:0.00}"));
                var read = string.Join(' ', terms.Terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stem}:{t.Weight:0.##}")));
                var asked = terms.Tasks.Count == 0 ? string.Empty : $" tasks {string.Join(',', terms.Tasks)}";
                Console.WriteLine($"  {language}: [{read}] unknown {terms.Unknown}{asked} → {string.Join("  ", best)}");
            }
        }

        return 0;
    }

    private static Dictionary<string, IReadOnlyList<ServiceDesk.Dialogs.Knowledge.KnowledgeArticle>> Load(string folder, bool noAliases) =>
        KnowledgeLoader.Load(folder)
            .ToDictionary(p => p.Key, p => (IReadOnlyList<ServiceDesk.Dialogs.Knowledge.KnowledgeArticle>)[.. p.Value.Select(a => noAliases ? a with { Aliases = [] } : a)]);
}
