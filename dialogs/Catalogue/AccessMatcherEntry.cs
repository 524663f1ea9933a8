namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// One resource as the matcher sees it: the words of its names and aliases (each phrase kept, for "named in full"),
/// the teams they name, and how rare each word is in the whole catalogue; apart, the words of its description and
/// their synonyms in either language ("price lists", "grilles tarifaires", "tarifs"), which may only make it a candidate.
/// </summary>
internal sealed class AccessMatcherEntry
{
    private readonly IReadOnlyDictionary<string, double> _weights;
    private readonly IReadOnlyDictionary<string, double> _describedWeights;

    private AccessMatcherEntry(
        AccessResource resource, int order, string[][] phrases, IReadOnlyDictionary<string, double> weights, string[] described,
        IReadOnlyDictionary<string, double> describedWeights)
    {
        Resource = resource;
        Order = order;
        Phrases = phrases;
        Tokens = [.. phrases.SelectMany(p => p).Distinct(StringComparer.Ordinal)];
        Teams = [.. Tokens.Where(CatalogueWords.Departments.Contains)];
        Described = described;
        _weights = weights;
        _describedWeights = describedWeights;
    }

    public AccessResource Resource { get; }

    public int Order { get; }

    public string[][] Phrases { get; }

    public string[] Tokens { get; }

    public IReadOnlyList<string> Teams { get; }

    /// <summary>Words of the description and of synonyms of its words, none of them a word of a name or alias.</summary>
    public string[] Described { get; }

    public static IReadOnlyList<AccessMatcherEntry> Index(IReadOnlyList<AccessResource> resources, bool describe = false)
    {
        var phrases = resources.Select(PhrasesOf).ToList();
        var weights = Rarity(phrases.Select(p => p.SelectMany(t => t)).ToList(), resources.Count);
        var described = resources.Select((r, i) => describe ? DescribedOf(r, phrases[i]) : []).ToList();
        var describedWeights = Rarity(described, resources.Count);
        return [.. resources.Select((r, i) => new AccessMatcherEntry(r, i, phrases[i], weights, described[i], describedWeights))];
    }

    public double Weight(string token) => _weights.GetValueOrDefault(token);

    public double DescribedWeight(string token) => _describedWeights.GetValueOrDefault(token);

    /// <summary>The resource word most like <paramref name="typed"/>, by similarity then rarity.</summary>
    public (string? Token, double Similarity) Best(string typed) => Best(typed, Tokens, _weights);

    /// <summary>The description word most like <paramref name="typed"/>, by similarity then rarity.</summary>
    public (string? Token, double Similarity) BestDescribed(string typed) => Best(typed, Described, _describedWeights);

    private static (string? Token, double Similarity) Best(string typed, string[] tokens, IReadOnlyDictionary<string, double> weights)
    {
        string? best = null;
        double bestSimilarity = 0, bestValue = 0;
        foreach (var token in tokens)
        {
            var similarity = WordSimilarity.Of(typed, token);
            var value = similarity * weights.GetValueOrDefault(token);
            if (similarity > 0 && (similarity > bestSimilarity || (similarity == bestSimilarity && value > bestValue)))
            {
                (best, bestSimilarity, bestValue) = (token, similarity, value);
            }
        }

        return (best, bestSimilarity);
    }

    /// <summary>Rarity, scaled so a word of one resource weighs 1 whatever the catalogue's size.</summary>
    private static Dictionary<string, double> Rarity(IReadOnlyList<IEnumerable<string>> tokensPerResource, int resources)
    {
        var counts = tokensPerResource
            .SelectMany(t => t.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var unique = Math.Log(1 + resources);
        return counts.ToDictionary(c => c.Key, c => Math.Log(1 + ((double)resources / c.Value)) / unique, StringComparer.Ordinal);
    }

    private static string[][] PhrasesOf(AccessResource resource) =>
    [
        .. new[] { resource.Name.En, resource.Name.Fr, resource.Id.Replace('-', ' ').Replace('_', ' ') }
            .Concat(resource.Aliases)
            .Select(p => CatalogueText.Tokens(p).Where(t => !CatalogueWords.Filler.Contains(t)).ToArray())
            .Where(p => p.Length > 0),
    ];

    /// <summary>
    /// The description's words in both languages, with the synonyms of any phrase of the resource (names, aliases or
    /// description: "tableaux de bord" brings "dashboards"), less what never tells resources apart: filler, grammar,
    /// kinds and teams (those decide on the names alone), and the words of the names themselves (counted there).
    /// </summary>
    private static string[] DescribedOf(AccessResource resource, string[][] phrases)
    {
        var named = phrases.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var words = CatalogueText.Tokens(resource.Description.En).Concat(CatalogueText.Tokens(resource.Description.Fr)).ToList();
        var all = named.Concat(words).ToList();
        foreach (var group in CatalogueWords.Synonyms)
        {
            var tokens = group.Select(s => CatalogueText.Tokens(s).Where(t => !CatalogueWords.Filler.Contains(t)).ToArray()).ToList();
            if (tokens.Any(phrase => phrase.Length > 0 && phrase.All(t => all.Any(w => WordSimilarity.Of(t, w) >= 0.9))))
            {
                words.AddRange(tokens.SelectMany(t => t));
            }
        }

        return
        [
            .. words
                .Where(t => (t.Length >= 3 || t.All(char.IsAsciiDigit)) && !named.Contains(t) && !CatalogueWords.Filler.Contains(t)
                    && !CatalogueWords.Grammar.Contains(t) && !CatalogueWords.Kinds.ContainsKey(t)
                    && !CatalogueWords.Departments.Contains(t) && !CatalogueWords.Undescriptive.Contains(t))
                .Distinct(StringComparer.Ordinal),
        ];
    }
}
