using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Problems.Clusters;

/// <summary>A group of incidents found sharing something, before it is matched with the stored clusters.</summary>
internal sealed record FoundCluster(ClusterKind Kind, string Shared, IReadOnlyList<Ticket> Members);

/// <summary>
/// Finds clusters among the incidents of one window: at least <c>size</c> on the same service (or, without one, the
/// same category other than "other"), or at least <c>size</c> whose titles and descriptions share words. Two incidents
/// are alike when they share at least two significant words (four letters or more, not filler in English or French)
/// and those are at least half the words of the shorter one; alike incidents are grouped transitively. A text group
/// made only of one service's cluster is that cluster, not a second one.
/// </summary>
internal static class ClusterDetector
{
    private const int MinSharedWords = 2;
    private const double MinSharedShare = 0.5;
    private const int SharedWordsShown = 5;
    private const string OtherCategory = "other";

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "with", "when", "then", "than", "that", "this", "there", "their", "have", "from", "since", "into", "about", "after", "before",
        "again", "still", "just", "cannot", "cant", "doesnt", "dont", "wont", "isnt", "does", "keeps", "every", "some", "today", "morning",
        "please", "help", "work", "working", "works", "anymore", "issue", "problem", "error", "broken", "also", "only", "what", "where",
        "avec", "dans", "pour", "plus", "mais", "depuis", "quand", "sans", "sont", "cette", "tous", "toutes", "encore", "toujours", "aussi",
        "merci", "bonjour", "probleme", "marche", "fonctionne", "erreur", "matin", "aujourd", "faire", "peux", "peut", "suis", "nous", "vous",
    };

    public static IReadOnlyList<FoundCluster> Find(IReadOnlyList<Ticket> incidents, int size)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var byService = incidents
            .Select(t => (Ticket: t, Key: ServiceOf(t)))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= size)
            .Select(g => new FoundCluster(ClusterKind.Service, g.Key, Ordered(g.Select(p => p.Ticket))))
            .ToList();

        var words = incidents.Select(t => Words(t.Title + " " + t.Description)).ToArray();
        var parent = Enumerable.Range(0, incidents.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        foreach (var (i, j) in AlikePairs(words))
        {
            parent[Root(i)] = Root(j);
        }

        var byText = Enumerable.Range(0, incidents.Count)
            .GroupBy(Root)
            .Where(g => g.Count() >= size)
            .Select(g => g.ToList())
            .Where(members => !byService.Any(s => members.All(m => s.Members.Contains(incidents[m]))))
            .Select(members => new FoundCluster(ClusterKind.Text, SharedWords(members.Select(m => words[m]).ToList()), Ordered(members.Select(m => incidents[m]))));
        return [.. byService, .. byText];
    }

    /// <summary>
    /// The pairs (i &lt; j) that are <see cref="Alike"/>, found through an index of the words: only incidents sharing a
    /// word are compared, and the index counts the words they share, so the window's incidents are not compared pairwise.
    /// </summary>
    private static IEnumerable<(int I, int J)> AlikePairs(HashSet<string>[] words)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var word in words[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<int, int>();
        for (var i = 0; i < words.Length; i++)
        {
            shared.Clear();
            foreach (var word in words[i])
            {
                foreach (var j in postings[word])
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (Alike(count, words[i].Count, words[j].Count))
                {
                    yield return (i, j);
                }
            }
        }
    }

    /// <summary>The service incidents of one cause share; none for the catch-all category.</summary>
    internal static string? ServiceOf(Ticket ticket) =>
        ticket.Service is { Length: > 0 } service ? service
        : ticket.Category is { Length: > 0 } category && !string.Equals(category, OtherCategory, StringComparison.OrdinalIgnoreCase) ? category
        : null;

    internal static HashSet<string> Words(string text) =>
        [.. CatalogueText.Tokens(text).Where(w => w.Length >= 4 && !Filler.Contains(w) && !w.All(char.IsDigit))];

    internal static bool Alike(HashSet<string> a, HashSet<string> b) => Alike(a.Count(b.Contains), a.Count, b.Count);

    private static bool Alike(int shared, int countA, int countB) =>
        countA > 0 && countB > 0 && shared >= MinSharedWords && shared >= MinSharedShare * Math.Min(countA, countB);

    /// <summary>The words at least half the members use, most used first.</summary>
    private static string SharedWords(IReadOnlyList<HashSet<string>> members) =>
        string.Join(", ", members.SelectMany(w => w)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 >= members.Count)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(SharedWordsShown)
            .Select(g => g.Key));

    private static List<Ticket> Ordered(IEnumerable<Ticket> tickets) =>
        [.. tickets.OrderBy(t => t.CreatedAt).ThenBy(t => t.Number.Sequence)];
}
