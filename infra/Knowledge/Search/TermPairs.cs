using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// Two neighbouring terms of a text (stop words already gone, so "mailbox is full" pairs "mailbox" and "full"), as one
/// index term in either order ("boîte pleine", "full mailbox"). The index holds them beside the single terms; a question's
/// pairs that some article has count like words, so an article that says the two words together outranks one that
/// says them apart.
/// </summary>
internal static class TermPairs
{
    private const char Separator = ' ';

    public static string Key(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? string.Concat(a, " ", b) : string.Concat(b, " ", a);

    public static string First(string pair) => pair[..pair.IndexOf(Separator, StringComparison.Ordinal)];

    public static string Second(string pair) => pair[(pair.IndexOf(Separator, StringComparison.Ordinal) + 1)..];

    public static IEnumerable<string> Of(IReadOnlyList<AnalyzedTerm> terms)
    {
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            if (terms[i].Stem != terms[i + 1].Stem)
            {
                yield return Key(terms[i].Stem, terms[i + 1].Stem);
            }
        }
    }

    /// <summary>The pairs of a question's terms in order; a null (a word no article knows) breaks the chain.</summary>
    public static IEnumerable<string> Of(IReadOnlyList<string?> stems)
    {
        for (var i = 0; i + 1 < stems.Count; i++)
        {
            if (stems[i] is { } a && stems[i + 1] is { } b && a != b)
            {
                yield return Key(a, b);
            }
        }
    }
}
