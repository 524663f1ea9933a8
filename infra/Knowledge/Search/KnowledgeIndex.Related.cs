using ServiceDesk.Dialogs.Text;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>The words of a question read through the IT lexicon's related words (<see cref="ItLexicon"/>).</summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// The weight of a word no article of this language uses, read through the IT lexicon as a related word or the
    /// other language's word that some article does use ("lenteur" as slow, "flickers" as scintille): less than the word
    /// itself, since the lexicon only says they are said of the same thing.
    /// </summary>
    internal const double RelatedWeight = 0.5;

    /// <summary>The stems related to the question's own full-weight words that it does not already hold.</summary>
    private List<(string Stem, double Weight, string Of)> RelatedOf(List<AnalyzedTerm> ownTerms, Dictionary<string, double> terms)
    {
        var related = new List<(string Stem, double Weight, string Of)>();
        foreach (var term in ownTerms.Where(t => postings.ContainsKey(t.Stem) && terms[t.Stem] >= 1.0))
        {
            foreach (var stem in RelatedStems(term.Word))
            {
                if (!terms.ContainsKey(stem) && !related.Any(r => r.Stem == stem))
                {
                    related.Add((stem, RelatedWeight, term.Stem));
                }
            }
        }

        return related;
    }

    /// <summary>
    /// The rarest stem of this index among the lexicon's words related to <paramref name="word"/> (none when the word is
    /// grammar in the other language: "son" is "his" before it is a sound).
    /// </summary>
    private string? Related(string word)
    {
        string? best = null;
        foreach (var stem in RelatedStems(word))
        {
            if (best is null || idf[stem] > idf[best])
            {
                best = stem;
            }
        }

        return best;
    }

    private IEnumerable<string> RelatedStems(string word)
    {
        if (otherStopWords.Contains(word))
        {
            yield break;
        }

        foreach (var other in ItLexicon.RelatedTo(word).Concat(ItLexicon.OtherLanguage(word)))
        {
            foreach (var term in Analyzer.Analyze(other))
            {
                if (postings.ContainsKey(term.Stem))
                {
                    yield return term.Stem;
                }
            }
        }
    }

    /// <summary>What an article earns through a related word beyond what it earned through the word itself.</summary>
    private void AddRelated(QueryTerms query, double[] scores, double[]? absent)
    {
        var saidThrough = new HashSet<(string, int)>();
        var earned = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (stem, weight, of) in query.Related)
        {
            if (!earned.TryGetValue(of, out var byDoc))
            {
                byDoc = earned[of] = new double[articles.Length];
                var ofWeight = query.Terms.First(t => t.Stem == of).Weight;
                foreach (var (doc, tf) in postings[of])
                {
                    byDoc[doc] = ofWeight * idf[of] * tf * (K1 + 1) / (tf + K1);
                }
            }

            // A related word never earns more than the word itself at its best (its own idf may be higher).
            var cap = weight * idf[of] * (K1 + 1);
            foreach (var (doc, tf) in postings[stem])
            {
                var through = Math.Min(cap, weight * idf[stem] * tf * (K1 + 1) / (tf + K1));
                if (absent is not null && byDoc[doc] == 0 && through > 0 && !query.Bonus.Contains(of) && saidThrough.Add((of, doc)))
                {
                    // The article says the word through a related one: it is not absent from it.
                    absent[doc] -= AbsentShare * query.Terms.First(t => t.Stem == of).Weight * idf[of] * (K1 + 1);
                }

                if (through > byDoc[doc])
                {
                    scores[doc] += through - byDoc[doc];
                    byDoc[doc] = through;
                }
            }
        }
    }
}
