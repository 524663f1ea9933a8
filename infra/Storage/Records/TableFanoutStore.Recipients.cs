using System.Globalization;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Recipients in partition <c>d|{id}</c>: a row per recipient (<c>u|{encoded user}</c>) and counters of their statuses
/// spread over <see cref="Shards"/> rows <c>n|0</c>…, so deliveries reported at 50 a second do not all retry on one
/// ETag. A recipient's row and its shard change in one atomic batch, each conditional on what was read: a status is
/// counted once however often it is reported (an observer may be told twice after a crash).
/// </summary>
internal sealed partial class TableFanoutStore
{
    private const int Shards = 8;
    private const string RecipientPrefix = "u|";
    private const string ShardPrefix = "n|";

    public async Task<IReadOnlyList<RecipientDelivery>> ListRecipientsAsync(
        string announcementId, string? afterUserId, string throughUserId, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var after = afterUserId is null ? null : RecipientRow(afterUserId);
        var through = RecipientRow(throughUserId);
        var query = new TableQuery(Partition(announcementId)) { RowKeyPrefix = RecipientPrefix, RowKeyFrom = after };
        var found = new List<RecipientDelivery>();
        string? token = null;
        do
        {
            var page = (await store.Table.QueryAsync(query with { ContinuationToken = token }, cancellationToken).ConfigureAwait(false)).OrThrow("fan-out recipients");
            foreach (var row in page.Entities.Where(r => r.RowKey != after))
            {
                if (string.CompareOrdinal(row.RowKey, through) > 0)
                {
                    return found;
                }

                found.Add(Recipient(row));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return found;
    }

    public async Task<RecipientDelivery?> GetRecipientAsync(string announcementId, string userId, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition(announcementId), RecipientRow(userId), cancellationToken).ConfigureAwait(false);
        return row.Status == TableStatus.NotFound ? null : Recipient(row.OrThrow("fan-out recipient"));
    }

    public async Task RecordAsync(string announcementId, RecipientDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(announcementId);
        var counted = delivery.UserId != RecipientDelivery.Channel;
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.Table.GetAsync(partition, RecipientRow(delivery.UserId), cancellationToken).ConfigureAwait(false);
            var stored = read.Status == TableStatus.NotFound ? null : Recipient(read.OrThrow("fan-out recipient"));
            if (Next(stored, delivery) is not { } next)
            {
                return;
            }

            var row = RecipientEntity(partition, next);
            var operations = new List<TableBatchOperation> { stored is null ? TableBatchOperation.Add(row) : TableBatchOperation.Update(row, read.Value!.ETag!) };
            if (counted && stored?.Status != next.Status)
            {
                var shardKey = ShardPrefix + Shard(delivery.UserId).ToString(CultureInfo.InvariantCulture);
                var shard = await store.Table.GetAsync(partition, shardKey, cancellationToken).ConfigureAwait(false);
                if (!shard.IsOk && shard.Status != TableStatus.NotFound)
                {
                    throw TableResultExtensions.Unavailable(shard, "fan-out counter");
                }

                var counter = new TableEntity(partition, shardKey);
                foreach (var status in Enum.GetValues<RecipientStatus>())
                {
                    var value = shard.Value?.GetInt32(status.ToString()) ?? 0;
                    counter[status.ToString()] = value + (status == next.Status ? 1 : 0) - (status == stored?.Status ? 1 : 0);
                }

                operations.Add(shard.IsOk ? TableBatchOperation.Update(counter, shard.Value!.ETag!) : TableBatchOperation.Add(counter));
            }

            var result = await store.Table.SubmitBatchAsync(operations, cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return;
            }

            if (result.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(result, "fan-out record");
            }

            await Backoff.AfterConflictAsync(attempt, 100, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AnnouncementDelivery> CountsAsync(string announcementId, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var shards = await ReadAllAsync(new TableQuery(Partition(announcementId)) { RowKeyPrefix = ShardPrefix }, cancellationToken).ConfigureAwait(false);
        int Sum(RecipientStatus status) => shards.Sum(s => s.GetInt32(status.ToString()) ?? 0);
        return new(Sum(RecipientStatus.Queued), Sum(RecipientStatus.Delivered), Sum(RecipientStatus.Failed), Sum(RecipientStatus.Unreachable))
        {
            Installed = shards.Sum(s => s.GetInt32(InstalledColumn) ?? 0),
            NotInstalled = shards.Sum(s => s.GetInt32(NotInstalledColumn) ?? 0),
        };
    }

    /// <summary>
    /// What to store after <paramref name="reported"/>, or null for nothing: Queued only over nothing; the same status
    /// again keeps the latest version and card; another status replaces it (a parked card retried by an operator).
    /// </summary>
    private static RecipientDelivery? Next(RecipientDelivery? stored, RecipientDelivery reported)
    {
        if (stored is null)
        {
            return reported;
        }

        if (reported.Status == RecipientStatus.Queued)
        {
            return null;
        }

        if (stored.Status != reported.Status)
        {
            // A late failure report never undoes a delivery: the card is there.
            return stored.Status == RecipientStatus.Delivered ? null : reported with { Version = Math.Max(stored.Version, reported.Version) };
        }

        var next = reported.Version >= stored.Version
            ? reported with { ActivityId = reported.ActivityId ?? stored.ActivityId, ConversationId = reported.ConversationId ?? stored.ConversationId }
            : stored;
        return next == stored ? null : next;
    }

    private static string Partition(string announcementId) => "d|" + TableKey.Encode(announcementId);

    private static string RecipientRow(string userId) => RecipientPrefix + TableKey.Encode(userId);

    private static TableEntity RecipientEntity(string partition, RecipientDelivery delivery)
    {
        var entity = new TableEntity(partition, RecipientRow(delivery.UserId))
        {
            ["UserId"] = delivery.UserId,
            ["Status"] = delivery.Status.ToString(),
            ["Version"] = delivery.Version,
        };
        if (delivery.ActivityId is not null)
        {
            entity["ActivityId"] = delivery.ActivityId;
        }

        if (delivery.ConversationId is not null)
        {
            entity["ConversationId"] = delivery.ConversationId;
        }

        return entity;
    }

    private static RecipientDelivery Recipient(TableEntity row) => new(
        row.GetString("UserId") ?? string.Empty,
        Enum.TryParse<RecipientStatus>(row.GetString("Status"), out var status) ? status : RecipientStatus.Queued,
        row.GetInt32("Version") ?? 0,
        row.GetString("ActivityId"),
        row.GetString("ConversationId"));

    /// <summary>A stable shard per recipient (string.GetHashCode differs between processes).</summary>
    private static int Shard(string userId)
    {
        var hash = 2166136261u;
        foreach (var c in userId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }
}
