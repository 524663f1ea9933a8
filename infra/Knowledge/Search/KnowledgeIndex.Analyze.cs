using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>How one index reads a question: its stems, their weights, the words it does not know.</summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// The query's stems the index knows, each with its weight (1, or less when it comes from a typo correction), and
    /// how many words it does not know at all (codes, ids and numbers it does not know are left out: detail, not topic).
    /// A word <paramref name="knownElsewhere"/> (written right in another language) is not a typo to correct here.
    /// </summary>
    public QueryTerms Analyze(string query, Func<string, bool>? knownElsewhere = null)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var corrections = new HashSet<string>(StringComparer.Ordinal);
        var (own, quoted) = QueryNoise.SplitQuotes(QueryNoise.Strip(query));
        foreach (var term in Analyzer.Analyze(quoted))
        {
            if (postings.ContainsKey(term.Stem))
            {
                terms[term.Stem] = QuotedWeight * (weakStems.Contains(term.Stem) ? WeakWeight : 1.0);
            }
        }

        var ownTerms = Analyzer.Analyze(own);
        var coded = ownTerms.Any(t => postings.ContainsKey(t.Stem) ? QueryNoise.IsErrorCode(t.Word) : QueryNoise.IsCode(t.Word));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<string?>(ownTerms.Count);
        foreach (var term in ownTerms)
        {
            if (postings.ContainsKey(term.Stem))
            {
                // "error" with a code ("erreur 691") says the thing failed: the troubleshooting answer, not the how-to.
                terms[term.Stem] = !weakStems.Contains(term.Stem) || (coded && errorStems.Contains(term.Stem)) ? 1.0 : WeakWeight;
                sequence.Add(term.Stem);
                if (QueryNoise.IsErrorCode(term.Word))
                {
                    codes.Add(term.Stem);
                }
            }
            else if (QueryNoise.IsCode(term.Word))
            {
                continue;
            }
            else if (Related(term.Word) is { } relatedStem)
            {
                terms.TryAdd(relatedStem, RelatedWeight);
                sequence.Add(relatedStem);
            }
            else if (knownElsewhere?.Invoke(term.Word) != true && vocabulary.Correct(term.Word) is { } corrected)
            {
                if (terms.TryAdd(corrected, CorrectedWeight))
                {
                    corrections.Add(corrected);
                }

                sequence.Add(corrected);
            }
            else
            {
                unknown.Add(term.Stem);
                sequence.Add(null);
            }
        }

        var pairs = TermPairs.Of(sequence)
            .Where(postings.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (p, PairWeight * Math.Min(terms[TermPairs.First(p)], terms[TermPairs.Second(p)])))
            .ToList();
        return new QueryTerms([.. terms.Select(t => (t.Key, t.Value)), .. pairs], unknown.Count)
        {
            Related = RelatedOf(ownTerms, terms),
            Problem = ProblemWords.Says(query),
            Tasks = TaskWords.Of(own),
            Corrected = [.. corrections],
            Bonus = [.. pairs.Select(p => p.p).Where(p => codes.Contains(TermPairs.First(p)) || codes.Contains(TermPairs.Second(p))), .. codes],
        };
    }
}
