namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// One resource as the matcher sees it: the words of its names and aliases (each phrase kept, for "named in full"),
/// the teams they name, and how rare each word is in the whole catalogue.
/// </summary>
internal sealed class AccessMatcherEntry
{
    private readonly IReadOnlyDictionary<string, double> _weights;

    private AccessMatcherEntry(AccessResource resource, int order, string[][] phrases, IReadOnlyDictionary<string, double> weights)
    {
        Resource = resource;
        Order = order;
        Phrases = phrases;
        Tokens = [.. phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal)];
        Teams = [.. Tokens.Where(CatalogueWords.Departments.Contains)];
        _weights = weights;
    }

    public AccessResource Resource { get; }

    public int Order { get; }

    public string[][] Phrases { get; }

    public string[] Tokens { get; }

    public IReadOnlyList<string> Teams { get; }

    public static IReadOnlyList<AccessMatcherEntry> Index(IReadOnlyList<AccessResource> resources)
    {
        var phrases = resources.Select(PhrasesOf).ToList();
        var counts = phrases
            .SelectMany(p => p.SelectMany(t => t).Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Rarity, scaled so a word of one resource weighs 1 whatever the catalogue's size.
        var unique = Math.Log(1 + resources.Count);
        var weights = counts.ToDictionary(c => c.Key, c => Math.Log(1 + ((double)resources.Count / c.Value)) / unique, StringComparer.Ordinal);
        return [.. resources.Select((r, i) => new AccessMatcherEntry(r, i, phrases[i], weights))];
    }

    public double Weight(string token) => _weights.GetValueOrDefault(token);

    /// <summary>The resource word most like <paramref name="typed"/>, by similarity then rarity.</summary>
    public (string? Token, double Similarity) Best(string typed)
    {
        string? best = null;
        double bestSimilarity = 0, bestValue = 0;
        foreach (var token in Tokens)
        {
            var similarity = WordSimilarity.Of(typed, token);
            var value = similarity * Weight(token);
            if (similarity > 0 && (similarity > bestSimilarity || (similarity == bestSimilarity && value > bestValue)))
            {
                (best, bestSimilarity, bestValue) = (token, similarity, value);
            }
        }

        return (best, bestSimilarity);
    }

    private static string[][] PhrasesOf(AccessResource resource) =>
    [
        .. new[] { resource.Name.En, resource.Name.Fr, resource.Id.Replace('-', ' ').Replace('_', ' ') }
            .Concat(resource.Aliases)
            .Select(p => CatalogueText.Tokens(p).Where(t => !CatalogueWords.Filler.Contains(t)).ToArray())
            .Where(p => p.Length > 0),
    ];
}
