using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Problems;

/// <summary>The detector's word index finds exactly the text clusters that comparing every pair of incidents finds.</summary>
public sealed class ClusterDetectorTests
{
    private static readonly string[] Vocabulary =
        ["printer", "jammed", "paper", "floor", "outlook", "crashes", "calendar", "invite", "laptop", "battery", "screen", "flicker", "badge", "door"];

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 5)]
    [InlineData(3, 2)]
    public void Text_clusters_are_those_of_every_pair_compared(int seed, int size)
    {
        var random = new Random(seed);
        var incidents = Enumerable.Range(1, 300).Select(i => Ticket($"INC-{i:D6}", Priority.P3, At(2, 9).AddMinutes(i)) with
        {
            Category = "other", Service = null,
            Title = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])),
            Description = string.Join(' ', Enumerable.Range(0, random.Next(0, 3)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])),
        }).ToList();

        var found = ClusterDetector.Find(incidents, size).Select(c => string.Join(',', c.Members.Select(m => m.Number))).Order().ToList();

        Assert.NotEmpty(found);
        Assert.Equal(Pairwise(incidents, size), found);
    }

    /// <summary>The definition as written: union every alike pair, keep the groups of at least <paramref name="size"/>.</summary>
    private static List<string> Pairwise(List<Ticket> incidents, int size)
    {
        var words = incidents.Select(t => ClusterDetector.Words(t.Title + " " + t.Description)).ToArray();
        var parent = Enumerable.Range(0, incidents.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < incidents.Count; i++)
        {
            for (var j = i + 1; j < incidents.Count; j++)
            {
                if (ClusterDetector.Alike(words[i], words[j]))
                {
                    parent[Root(i)] = Root(j);
                }
            }
        }

        return [.. Enumerable.Range(0, incidents.Count).GroupBy(Root).Where(g => g.Count() >= size)
            .Select(g => string.Join(',', g.Select(i => incidents[i]).OrderBy(t => t.CreatedAt).ThenBy(t => t.Number.Sequence).Select(t => t.Number))).Order()];
    }
}
