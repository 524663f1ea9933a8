using System.Collections.Frozen;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// BM25F over the articles of one language: title, tags and body are separate fields with their own weight and
/// length normalisation, summed per term before saturation. Built once; read-only afterwards, so any number of
/// threads may search at once.
/// </summary>
internal sealed class KnowledgeIndex
{
    internal const double K1 = 1.2;
    internal const double B = 0.75;
    internal const double TitleWeight = 3.0;
    internal const double TagsWeight = 2.0;
    internal const double BodyWeight = 1.0;
    internal const double CorrectedWeight = 0.8;

    private readonly KnowledgeArticle[] articles;
    private readonly ArticleBlocks[] blocks;
    private readonly FrozenDictionary<string, (int Article, double Tf)[]> postings;
    private readonly FrozenDictionary<string, double> idf;
    private readonly TypoVocabulary vocabulary;
    private readonly double maxIdf;

    public KnowledgeIndex(string language, IReadOnlyList<KnowledgeArticle> source, int passageMaxLength)
    {
        Analyzer = new TextAnalyzer(language);
        articles = [.. source];
        var fields = articles.Select(a => new[]
        {
            Analyzer.Analyze(a.Title), Analyzer.Analyze(string.Join(' ', a.Tags)), Analyzer.Analyze(a.Body),
        }).ToArray();
        blocks = [.. articles.Select(a => new ArticleBlocks(a.Body, Analyzer, passageMaxLength))];

        double[] weights = [TitleWeight, TagsWeight, BodyWeight];
        var averages = Enumerable.Range(0, 3).Select(f => Math.Max(1.0, fields.Select(d => d[f].Count).DefaultIfEmpty(0).Average())).ToArray();
        var lists = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        var words = new Dictionary<string, (string Stem, int Weight)>(StringComparer.Ordinal);
        for (var doc = 0; doc < fields.Length; doc++)
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < 3; f++)
            {
                var norm = 1 - B + (B * fields[doc][f].Count / averages[f]);
                foreach (var term in fields[doc][f])
                {
                    tf[term.Stem] = tf.GetValueOrDefault(term.Stem) + (weights[f] / norm);
                    words[term.Word] = (term.Stem, words.GetValueOrDefault(term.Word).Weight + 1);
                }
            }

            foreach (var (stem, value) in tf)
            {
                (lists.TryGetValue(stem, out var list) ? list : lists[stem] = []).Add((doc, value));
            }
        }

        postings = lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        idf = lists.ToFrozenDictionary(
            p => p.Key, p => Math.Log(1 + ((articles.Length - p.Value.Count + 0.5) / (p.Value.Count + 0.5))), StringComparer.Ordinal);
        vocabulary = new TypoVocabulary(words);
        maxIdf = Math.Log(1 + ((articles.Length - 1 + 0.5) / 1.5));
    }

    public TextAnalyzer Analyzer { get; }

    public int Count => articles.Length;

    public IEnumerable<KnowledgeArticle> Articles => articles;

    /// <summary>
    /// The query's stems the index knows, each with its weight (1, or less when it comes from a typo correction), and
    /// how many words it does not know at all.
    /// </summary>
    public (List<(string Stem, double Weight)> Terms, int Unknown) QueryTerms(string query)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Analyzer.Analyze(query))
        {
            if (postings.ContainsKey(term.Stem))
            {
                terms[term.Stem] = 1.0;
            }
            else if (vocabulary.Correct(term.Word) is { } corrected)
            {
                terms.TryAdd(corrected, CorrectedWeight);
            }
            else
            {
                unknown.Add(term.Stem);
            }
        }

        return ([.. terms.Select(t => (t.Key, t.Value))], unknown.Count);
    }

    /// <summary>
    /// The best <paramref name="top"/> articles whose score reaches <paramref name="minScore"/>, best first. The score is
    /// BM25F divided by the best BM25F the query could reach (every word saturated, words the index does not know
    /// counting as the rarest): a share from 0 to 1 that means the same for short and long questions, so
    /// "order pizza for the team" stays far below an answer that matches "team" alone.
    /// </summary>
    public List<KnowledgeHit> Search(string query, int top, double minScore)
    {
        var (terms, unknown) = QueryTerms(query);
        var scores = new double[articles.Length];
        var best = unknown * maxIdf * (K1 + 1);
        foreach (var (stem, weight) in terms)
        {
            var termIdf = idf[stem];
            best += weight * termIdf * (K1 + 1);
            foreach (var (doc, tf) in postings[stem])
            {
                scores[doc] += weight * termIdf * tf * (K1 + 1) / (tf + K1);
            }
        }

        var ranked = new List<(int Doc, double Score)>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            var score = scores[doc] / best;
            if (score > 0 && score >= minScore)
            {
                ranked.Add((doc, score));
            }
        }

        // Ties keep file order, so results are stable.
        ranked.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Doc.CompareTo(y.Doc));
        var weighted = terms.Select(t => (t.Stem, t.Weight * idf[t.Stem])).ToList();
        return [.. ranked.Take(top).Select(r => Hit(r.Doc, r.Score, weighted))];
    }

    private KnowledgeHit Hit(int doc, double score, IReadOnlyList<(string, double)> query)
    {
        var article = articles[doc];
        return new KnowledgeHit(article.Id, article.Title, blocks[doc].Best(query), Math.Round(score, 4), article.Service, article.Source);
    }
}
