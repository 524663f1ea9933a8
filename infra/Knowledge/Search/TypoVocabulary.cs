using ServiceDesk.Dialogs.Text;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// Every word the articles of one language use, by length, to correct a query word the index does not know:
/// within 1 edit for words of 5 letters or more, 2 edits from 8 letters ("pasword" → "password",
/// "imprimente" → "imprimante"), keeping the first letter. Shorter words are too ambiguous to correct.
/// </summary>
internal sealed class TypoVocabulary
{
    public const int MinLength = 5;
    public const int MinLengthForTwoEdits = 8;
    private const int MaxLength = 30;

    private readonly (string Word, string Stem, int Weight)[][] byLength;

    public TypoVocabulary(IReadOnlyDictionary<string, (string Stem, int Weight)> words)
    {
        var buckets = new List<(string, string, int)>[MaxLength + 3];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = [];
        }

        foreach (var (word, (stem, weight)) in words)
        {
            if (word.Length <= MaxLength + 2)
            {
                buckets[word.Length].Add((word, stem, weight));
            }
        }

        // Most used first, so that among equally close words the common one wins.
        byLength = [.. buckets.Select(b => b.OrderByDescending(w => w.Item3).ThenBy(w => w.Item1, StringComparer.Ordinal).ToArray())];
    }

    public static int AllowedEdits(string word) =>
        word.Length >= MinLengthForTwoEdits ? 2 : word.Length >= MinLength ? 1 : 0;

    /// <summary>The stem of the closest known word, or null when none is close enough.</summary>
    public string? Correct(string word)
    {
        var allowed = AllowedEdits(word);
        if (allowed == 0 || word.Length > MaxLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = allowed + 1;
        for (var length = word.Length - allowed; length <= word.Length + allowed; length++)
        {
            foreach (var (candidate, stem, _) in byLength[length])
            {
                // People rarely mistype the first letter; requiring it avoids "mettre" → "lettre".
                if (candidate[0] != word[0])
                {
                    continue;
                }

                var distance = EditDistance.Bounded(word, candidate, bestDistance - 1 < 0 ? 0 : bestDistance - 1);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (stem, distance);
                    if (distance == 1 && allowed == 1)
                    {
                        return best;
                    }
                }
            }
        }

        return best;
    }
}
