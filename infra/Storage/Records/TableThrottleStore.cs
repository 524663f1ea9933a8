using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Resilience;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The shared throttle in table <c>Throttle</c>, one small partition read whole: <c>p|{tenant}</c> rows hold a
/// tenant's "paused until", <c>i|{instance}</c> rows the heartbeats. A pause only ever moves later (read, then write
/// under the ETag read, again on a race); a heartbeat is its instance's own row, so a plain upsert.
/// </summary>
internal sealed class TableThrottleStore(ITableService service) : IThrottleStore
{
    private const string Partition = "throttle";
    private const string PausePrefix = "p|";
    private const string InstancePrefix = "i|";
    private const int MaxRaces = 10;

    private readonly CreatedTable store = new(service.GetTable("Throttle"));

    public async Task<ThrottleSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var paused = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var instances = new List<InstanceBeat>();
        foreach (var row in await store.ReadAllAsync(new TableQuery(Partition), "throttle read", cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(PausePrefix, StringComparison.Ordinal) && TableKey.Decode(row.RowKey[PausePrefix.Length..]) is { } tenant
                && row.GetDateTimeOffset("Until") is { } until)
            {
                paused[tenant] = until;
            }
            else if (row.RowKey.StartsWith(InstancePrefix, StringComparison.Ordinal) && Beat(row) is { } beat)
            {
                instances.Add(beat);
            }
        }

        return new ThrottleSnapshot(paused, instances);
    }

    public async Task PauseTenantAsync(string tenant, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, PausePrefix + TableKey.Encode(tenant)) { ["Until"] = until };
        for (var race = 0; race < MaxRaces; race++)
        {
            var current = await store.Table.GetAsync(entity.PartitionKey, entity.RowKey, cancellationToken).ConfigureAwait(false);
            if (current.IsOk && current.Value!.GetDateTimeOffset("Until") >= until)
            {
                return;
            }

            var written = current.Status == TableStatus.NotFound
                ? await store.Table.AddAsync(entity, cancellationToken).ConfigureAwait(false)
                : await store.Table.UpdateAsync(entity, current.OrThrow("throttle pause read").ETag!, cancellationToken).ConfigureAwait(false);
            if (written.Status is not (TableStatus.Conflict or TableStatus.PreconditionFailed or TableStatus.NotFound))
            {
                written.OrThrow("throttle pause");
                return;
            }

            // Spread the racers: without a pause, instances that lost together race together again.
            await Backoff.AfterConflictAsync(race + 1, 50, cancellationToken).ConfigureAwait(false);
        }

        throw new StorageUnavailableException($"Storage kept racing on the throttle pause after {MaxRaces} tries.");
    }

    public async Task BeatAsync(InstanceBeat beat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(beat);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, InstancePrefix + TableKey.Encode(beat.InstanceId))
        {
            ["ExpiresAt"] = beat.ExpiresAt,
            ["Share"] = beat.Share,
            ["PreviousShare"] = beat.PreviousShare,
            ["ChangedAt"] = beat.ChangedAt,
        };
        (await store.Table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false)).OrThrow("throttle heartbeat");
    }

    public async Task RemoveAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        (await store.Table.DeleteAsync(Partition, InstancePrefix + TableKey.Encode(instanceId), TableEntity.AnyETag, cancellationToken).ConfigureAwait(false))
            .DeletedOrGone("throttle heartbeat removal");
    }

    private static InstanceBeat? Beat(TableEntity row) =>
        TableKey.Decode(row.RowKey[InstancePrefix.Length..]) is { } id
        && row.GetDateTimeOffset("ExpiresAt") is { } expires && row.GetInt32("Share") is { } share
        && row.GetInt32("PreviousShare") is { } previous && row.GetDateTimeOffset("ChangedAt") is { } changed
            ? new InstanceBeat(id, expires, share, previous, changed)
            : null;
}
