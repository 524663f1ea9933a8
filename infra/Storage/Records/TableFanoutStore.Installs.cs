using System.Globalization;
using ServiceDesk.Infra.Resilience;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// App installations of a fan-out, in the announcement's partition: a row per recipient (<c>i|{encoded user}</c>) and
/// counters in their own shards (<c>n|i0</c>…, read with the status counters, never rewritten by them). The row and its
/// shard are added in one batch, so an installation reported twice (a page planned again after a crash) counts once.
/// </summary>
internal sealed partial class TableFanoutStore
{
    private const string InstallPrefix = "i|";
    private const string InstalledColumn = "Installed";
    private const string NotInstalledColumn = "NotInstalled";

    public async Task RecordInstallAsync(string announcementId, string userId, bool installed, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(announcementId);
        var row = new TableEntity(partition, InstallPrefix + TableKey.Encode(userId)) { ["Installed"] = installed };
        var shardKey = ShardPrefix + "i" + Shard(userId).ToString(CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var known = await store.Table.GetAsync(partition, row.RowKey, cancellationToken).ConfigureAwait(false);
            if (known.IsOk)
            {
                return;
            }

            var shard = await store.Table.GetAsync(partition, shardKey, cancellationToken).ConfigureAwait(false);
            if (!shard.IsOk && shard.Status != TableStatus.NotFound)
            {
                throw TableResultExtensions.Unavailable(shard, "fan-out install counter");
            }

            var counter = new TableEntity(partition, shardKey)
            {
                [InstalledColumn] = (shard.Value?.GetInt32(InstalledColumn) ?? 0) + (installed ? 1 : 0),
                [NotInstalledColumn] = (shard.Value?.GetInt32(NotInstalledColumn) ?? 0) + (installed ? 0 : 1),
            };
            var result = await store.Table.SubmitBatchAsync(
                [TableBatchOperation.Add(row), shard.IsOk ? TableBatchOperation.Update(counter, shard.Value!.ETag!) : TableBatchOperation.Add(counter)],
                cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return;
            }

            if (result.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(result, "fan-out install record");
            }

            await Backoff.AfterConflictAsync(attempt, 100, cancellationToken).ConfigureAwait(false);
        }
    }
}
