using System.Globalization;
using System.Text;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Outbox layout (table Outbox): records by idempotency key in <c>rec{shard}</c> partitions (the key, encoded, is the
/// row key, so a duplicate add conflicts); pending records found through <c>due{shard}</c> partitions whose row keys
/// sort by due time (<c>{due ticks}|{key}</c>); parked records listed from the <c>failed</c> partition.
/// </summary>
internal static class OutboxKeys
{
    public const int Shards = 4;
    public const string FailedPartition = "failed";

    public static int ShardOf(string idempotencyKey)
    {
        // A stable hash (string.GetHashCode differs per process): FNV-1a over UTF-8.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(idempotencyKey))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    public static string RecordPartition(string idempotencyKey) => "rec" + ShardOf(idempotencyKey);

    public static string RecordRow(string idempotencyKey) => TableKey.Encode(idempotencyKey);

    public static string DuePartition(int shard) => "due" + shard;

    public static IndexKey Due(string idempotencyKey, DateTimeOffset dueAt) =>
        new(DuePartition(ShardOf(idempotencyKey)), $"{TicketKeys.Ticks(dueAt.UtcTicks)}|{TableKey.Encode(idempotencyKey)}");

    /// <summary>The due time a hint's row key (<see cref="Due"/>) stands for.</summary>
    public static DateTimeOffset DueOf(string dueRowKey) =>
        new(long.Parse(dueRowKey.AsSpan(0, dueRowKey.IndexOf('|', StringComparison.Ordinal)), CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static IndexKey Failed(string idempotencyKey) => new(FailedPartition, TableKey.Encode(idempotencyKey));
}
