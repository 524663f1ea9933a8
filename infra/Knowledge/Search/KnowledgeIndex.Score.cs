namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>How well each article of one index answers a question it has read.</summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>
    /// Every article whose score reaches <paramref name="minScore"/>, by article id. The score is BM25F divided by the
    /// best BM25F the query could reach (every word saturated, words the index does not know counting as a share of the
    /// rarest): a share from 0 to 1 that means the same for short and long questions, so "order pizza for the team"
    /// stays far below an answer that matches "team" alone.
    /// </summary>
    public List<(string ArticleId, double Score)> Score(QueryTerms query, double minScore)
    {
        var (terms, unknown) = query;
        var scores = new double[articles.Length];
        var unknownWeight = Math.Min(unknown, 1) + (FurtherUnknownShare * Math.Max(0, unknown - 1));
        var best = unknownWeight * UnknownShare * maxIdf * (K1 + 1);
        var codeBest = 0.0;
        foreach (var (stem, weight) in terms)
        {
            var termIdf = idf[stem];
            if (query.Bonus.Contains(stem))
            {
                // A code an article knows ("erreur 691") adds to that article, and takes nothing from any other: an error
                // code pasted into a question helps, and never loses the answer the words alone would find.
                codeBest += weight * termIdf * (K1 + 1);
                foreach (var (doc, tf) in postings[stem])
                {
                    scores[doc] += weight * termIdf * tf * (K1 + 1) / (tf + K1);
                }

                continue;
            }

            // A corrected word counts in full in what the question could reach: a guess at what was meant ("meteo" read
            // as "metro") is never as sure as the word written, so a question of guesses alone stays under the threshold.
            best += (query.Corrected.Contains(stem) ? 1.0 : weight) * termIdf * (K1 + 1);
            foreach (var (doc, tf) in postings[stem])
            {
                scores[doc] += weight * termIdf * tf * (K1 + 1) / (tf + K1);
            }
        }

        if (best <= 0)
        {
            // A question that is a code alone is about that code.
            best = codeBest;
        }

        var absent = AbsentShare > 0 || BodyOnlyShare > 0 ? Absent(query) : null;
        if (query.Related.Count > 0)
        {
            AddRelated(query, scores, absent);
        }

        var result = new List<(string, double)>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            var reach = best + (absent is null ? 0 : absent[doc]);
            var score = reach > 0 ? Math.Min(1.0, scores[doc] / reach) : 0;
            if (problemShares[doc] is { } share)
            {
                score *= 1 - (ProblemWords.Weight * Math.Abs((query.Problem ? 1 : 0) - share));
            }

            // The task the question asks (TaskWords): an article that does not explain it is not its answer.
            if (query.Tasks.Count > 0 && !query.Tasks.IsSubsetOf(tasks[doc]))
            {
                score *= TaskMissShare;
            }
            else if (query.Tasks.Count > 0)
            {
                score = Math.Min(1.0, score * (1 + TaskHitBonus));
            }

            if (score > 0 && score >= minScore)
            {
                result.Add((articles[doc].Id, score));
            }
        }

        return result;
    }

    /// <summary>
    /// Per article, the weight in the best score of the question's own full words (not pairs, codes, guesses or weak
    /// words) that the article does not use (<see cref="AbsentShare"/> of it) or uses in its body alone
    /// (<see cref="BodyOnlyShare"/>): what the question asks that this article is not about.
    /// </summary>
    private double[] Absent(QueryTerms query)
    {
        var absent = new double[articles.Length];
        foreach (var (stem, weight) in query.Terms)
        {
            if (weight < 1.0 || query.Bonus.Contains(stem) || query.Corrected.Contains(stem) || stem.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var mass = weight * idf[stem] * (K1 + 1);
            for (var doc = 0; doc < absent.Length; doc++)
            {
                absent[doc] += AbsentShare * mass;
            }

            foreach (var (doc, _) in postings[stem])
            {
                absent[doc] -= AbsentShare * mass;
                if (!described[doc].Contains(stem))
                {
                    absent[doc] += BodyOnlyShare * mass;
                }
            }
        }

        return absent;
    }
}
