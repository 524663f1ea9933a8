using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Incident clusters in partition <c>c</c>, one row per cluster (row = its id, with <c>Latest</c>, its newest member's
/// creation in ticks, and <c>Version</c>): adding a row that exists is a Conflict, so two instances finding the same
/// cluster store (and post) it once. Clusters are few; "recent" is a filtered read of the one partition.
/// </summary>
internal sealed partial class TableProblemStore : IClusterStore
{
    private const string ClusterPartition = "c";

    public async Task<bool> AddAsync(IncidentCluster cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var added = await store.Table.AddAsync(ClusterRow(cluster), cancellationToken).ConfigureAwait(false);
        if (added.Status == TableStatus.Conflict)
        {
            return false;
        }

        added.OrThrow("cluster add");
        return true;
    }

    async Task<IncidentCluster?> IClusterStore.GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(ClusterPartition, TableKey.Encode(id), cancellationToken).ConfigureAwait(false);
        return row.Status == TableStatus.NotFound ? null : RecordJson.Read<IncidentCluster>(row.OrThrow("cluster get"));
    }

    public async Task<ClusterSave> UpdateAsync(IncidentCluster changed, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(ClusterPartition, TableKey.Encode(changed.Id), cancellationToken).ConfigureAwait(false);
        if (row.Status == TableStatus.NotFound)
        {
            return new(ClusterSaveStatus.NotFound, null);
        }

        var stored = row.OrThrow("cluster read");
        if (stored.GetInt32("Version") != expectedVersion)
        {
            return new(ClusterSaveStatus.Stale, RecordJson.Read<IncidentCluster>(stored));
        }

        var saved = await store.Table.UpdateAsync(ClusterRow(changed), stored.ETag!, cancellationToken).ConfigureAwait(false);
        if (saved.Status is TableStatus.PreconditionFailed or TableStatus.NotFound)
        {
            var current = await ((IClusterStore)this).GetAsync(changed.Id, cancellationToken).ConfigureAwait(false);
            return current is null ? new(ClusterSaveStatus.NotFound, null) : new(ClusterSaveStatus.Stale, current);
        }

        saved.OrThrow("cluster update");
        return new(ClusterSaveStatus.Saved, changed);
    }

    public async Task<IReadOnlyList<IncidentCluster>> ListRecentAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = new PropertyFilter("Latest", FilterOperator.GreaterThanOrEqual, TableValue.FromInt64(since.UtcTicks));
        var rows = await store.ReadAllAsync(new TableQuery(ClusterPartition) { Filters = [filter] }, "cluster query", cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RecordJson.Read<IncidentCluster>(r)).OrderBy(c => c.FirstSeen).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    private static TableEntity ClusterRow(IncidentCluster cluster)
    {
        var entity = new TableEntity(ClusterPartition, TableKey.Encode(cluster.Id))
        {
            ["Latest"] = TableValue.FromInt64(cluster.Latest.UtcTicks),
            ["Version"] = TableValue.FromInt32(cluster.Version),
        };
        RecordJson.Write(entity, cluster);
        return entity;
    }
}
