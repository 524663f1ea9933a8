using System.Text;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// An article body cut into the blocks a passage can be: paragraphs and whole lists (a run of lines without a blank
/// line), each heading kept with the block under it. Each block knows its terms, to pick the one that answers best.
/// </summary>
internal sealed class ArticleBlocks
{
    // Plain dictionaries: only read after construction, and much cheaper to build than frozen ones for thousands of blocks.
    private readonly (string Text, Dictionary<string, int> Terms)[] blocks;

    public ArticleBlocks(string body, TextAnalyzer analyzer, int maxLength)
    {
        blocks = [.. Split(body).Select(text => (Cut(text, maxLength), CountTerms(analyzer.Analyze(text))))];
    }

    public int Count => blocks.Length;

    public string this[int block] => blocks.Length == 0 ? string.Empty : blocks[Math.Clamp(block, 0, blocks.Length - 1)].Text;

    /// <summary>The block with the highest summed weight of the query stems it contains; the first block if none does.</summary>
    public string Best(IReadOnlyList<(string Stem, double Weight)> query) => this[BestIndex(query).Block];

    /// <summary>The index of the best block and its score (0: no block holds a query stem).</summary>
    public (int Block, double Score) BestIndex(IReadOnlyList<(string Stem, double Weight)> query)
    {
        var best = 0;
        var bestScore = 0.0;
        for (var i = 0; i < blocks.Length; i++)
        {
            var score = 0.0;
            foreach (var (stem, weight) in query)
            {
                if (blocks[i].Terms.TryGetValue(stem, out var count))
                {
                    // More occurrences help a little; covering more query words helps a lot.
                    score += weight * (1 + Math.Log(count));
                }
            }

            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return (best, bestScore);
    }

    internal static List<string> Split(string body)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var headingOnly = false;
        foreach (var raw in body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                // A heading waits for the block under it.
                if (current.Length > 0 && !headingOnly)
                {
                    result.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            headingOnly = current.Length == 0 ? line.StartsWith('#') : headingOnly && line.StartsWith('#');
            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
        }

        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }

    // Inline emphasis and code marks are noise in a literal passage.
    private static string Clean(string line) =>
        line.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal).TrimEnd();

    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = text.LastIndexOf('\n', maxLength);
        return (end > maxLength / 2 ? text[..end] : text[..maxLength]) + " …";
    }

    private static Dictionary<string, int> CountTerms(List<AnalyzedTerm> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term.Stem] = counts.GetValueOrDefault(term.Stem) + 1;
        }

        return counts;
    }
}
