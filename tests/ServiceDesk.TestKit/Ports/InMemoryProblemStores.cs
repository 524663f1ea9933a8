using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.TestKit.Ports;

/// <summary>Problems in memory, updates conditional on the version read (as the table store).</summary>
internal sealed class InMemoryProblemStore : IProblemStore
{
    private readonly ConcurrentDictionary<string, Problem> rows = new(StringComparer.Ordinal);
    private int next;

    public Task<Problem> CreateAsync(string title, string? service, TicketPerson by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var problem = Problem.Open(Problem.IdOf(Interlocked.Increment(ref next)), title, service, by, at);
        rows[problem.Id] = problem;
        return Task.FromResult(problem);
    }

    public Task<Problem?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(rows.GetValueOrDefault(id));

    public Task<ProblemSave> UpdateAsync(Problem changed, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            if (!rows.TryGetValue(changed.Id, out var stored))
            {
                return Task.FromResult(new ProblemSave(ProblemSaveStatus.NotFound, null));
            }

            if (stored.Version != expectedVersion)
            {
                return Task.FromResult(new ProblemSave(ProblemSaveStatus.Stale, stored));
            }

            rows[changed.Id] = changed;
            return Task.FromResult(new ProblemSave(ProblemSaveStatus.Saved, changed));
        }
    }

    public Task<IReadOnlyList<Problem>> ListOpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Problem>>([.. rows.Values.Where(p => p.IsOpen).OrderBy(p => p.OpenedAt).ThenBy(p => p.Id, StringComparer.Ordinal)]);
}

/// <summary>Clusters in memory, as the table store: an id is added once, updates conditional on the version read.</summary>
internal sealed class InMemoryClusterStore : IClusterStore
{
    private readonly ConcurrentDictionary<string, IncidentCluster> rows = new(StringComparer.Ordinal);

    public IReadOnlyList<IncidentCluster> All => [.. rows.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];

    public Task<bool> AddAsync(IncidentCluster cluster, CancellationToken cancellationToken) => Task.FromResult(rows.TryAdd(cluster.Id, cluster));

    public Task<IncidentCluster?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(rows.GetValueOrDefault(id));

    public Task<ClusterSave> UpdateAsync(IncidentCluster changed, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            if (!rows.TryGetValue(changed.Id, out var stored))
            {
                return Task.FromResult(new ClusterSave(ClusterSaveStatus.NotFound, null));
            }

            if (stored.Version != expectedVersion)
            {
                return Task.FromResult(new ClusterSave(ClusterSaveStatus.Stale, stored));
            }

            rows[changed.Id] = changed;
            return Task.FromResult(new ClusterSave(ClusterSaveStatus.Saved, changed));
        }
    }

    public Task<IReadOnlyList<IncidentCluster>> ListRecentAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IncidentCluster>>([.. rows.Values.Where(c => c.Latest >= since)]);
}

/// <summary>Published articles in memory.</summary>
internal sealed class InMemoryArticles : IKnowledgeArticleStore
{
    public List<KnowledgeArticle> Saved { get; } = [];

    public Task SaveAsync(IReadOnlyList<KnowledgeArticle> versions, CancellationToken cancellationToken)
    {
        Saved.RemoveAll(a => versions.Any(v => v.Id == a.Id && v.Language == a.Language));
        Saved.AddRange(versions);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KnowledgeArticle>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<KnowledgeArticle>>([.. Saved]);
}
