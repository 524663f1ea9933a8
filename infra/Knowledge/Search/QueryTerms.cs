namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>A query as one index reads it: the stems it knows with their weight, and how many words it does not know.</summary>
internal sealed record QueryTerms(List<(string Stem, double Weight)> Terms, int Unknown)
{
    /// <summary>
    /// Stems the lexicon relates to one of <see cref="Terms"/> (<c>Of</c>): an article that has the related word
    /// and not the word itself earns it at the related weight; never more than the word would, never counted in the best
    /// score the question could reach.
    /// </summary>
    public IReadOnlyList<(string Stem, double Weight, string Of)> Related { get; init; } = [];

    /// <summary>The stems of <see cref="Terms"/> that are typo corrections of a word the index does not know.</summary>
    public IReadOnlyList<string> Corrected { get; init; } = [];

    /// <summary>Whether the question says something is wrong rather than asks how to do it (<see cref="ProblemWords"/>).</summary>
    public bool Problem { get; init; }

    /// <summary>The tasks the question asks (<see cref="TaskWords"/>); an article that explains none of them scores less.</summary>
    public IReadOnlySet<string> Tasks { get; init; } = new HashSet<string>();

    /// <summary>Stems of <see cref="Terms"/> (codes, and pairs with a code) that add to an article's score and not to the best one.</summary>
    public IReadOnlyList<string> Bonus { get; init; } = [];
}
