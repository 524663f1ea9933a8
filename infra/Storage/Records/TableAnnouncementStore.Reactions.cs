using System.Globalization;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Reactions in partition <c>r|{id}</c>: one row per employee and kind (<c>f|{user}</c> affected,
/// <c>k|{user}</c> acknowledged) and counters spread over <see cref="Shards"/> rows <c>n|0</c>…, so thousands of
/// clicks at once do not all retry on one ETag. Adding the employee's row and incrementing a shard is one atomic
/// batch: a second click meets the existing row (Conflict) and counts nothing.
/// </summary>
internal sealed partial class TableAnnouncementStore
{
    private const int Shards = 8;
    private const string ShardPrefix = "n|";
    private const string AffectedProperty = "Affected";
    private const string AcknowledgedProperty = "Acknowledged";

    public async Task<AnnouncementReaction> ReactAsync(
        string id, AnnouncementReactionKind kind, TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(employee);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = ReactionPartition(id);
        var reaction = new TableEntity(partition, Prefix(kind) + TableKey.Encode(employee.Id));
        RecordJson.Write(reaction, new AnnouncementReactor(employee, at));
        var shardKey = ShardPrefix + Shard(employee.Id).ToString(CultureInfo.InvariantCulture);
        var property = kind == AnnouncementReactionKind.Affected ? AffectedProperty : AcknowledgedProperty;
        for (var attempt = 1; ; attempt++)
        {
            var shard = await store.Table.GetAsync(partition, shardKey, cancellationToken).ConfigureAwait(false);
            if (!shard.IsOk && shard.Status != TableStatus.NotFound)
            {
                throw TableResultExtensions.Unavailable(shard, "announcement counter");
            }

            var counter = new TableEntity(partition, shardKey)
            {
                [AffectedProperty] = TableValue.FromInt32(shard.Value?.GetInt32(AffectedProperty) ?? 0),
                [AcknowledgedProperty] = TableValue.FromInt32(shard.Value?.GetInt32(AcknowledgedProperty) ?? 0),
            };
            counter[property] = TableValue.FromInt32((shard.Value?.GetInt32(property) ?? 0) + 1);
            var result = await store.Table.SubmitBatchAsync(
                [TableBatchOperation.Add(reaction), shard.IsOk ? TableBatchOperation.Update(counter, shard.Value!.ETag!) : TableBatchOperation.Add(counter)],
                cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return new(true, await CountsAsync(id, cancellationToken).ConfigureAwait(false));
            }

            if (result.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(result, "announcement reaction");
            }

            // Either this employee's row exists (a repeated click: nothing to count) or the shard moved: read again.
            if ((await store.Table.GetAsync(partition, reaction.RowKey, cancellationToken).ConfigureAwait(false)).IsOk)
            {
                return new(false, await CountsAsync(id, cancellationToken).ConfigureAwait(false));
            }

            await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<AnnouncementReactor>> ListReactorsAsync(string id, AnnouncementReactionKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadAllAsync(new TableQuery(ReactionPartition(id)) { RowKeyPrefix = Prefix(kind) }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RecordJson.Read<AnnouncementReactor>(r))];
    }

    private async Task<Announcement> WithCountsAsync(Announcement announcement, CancellationToken cancellationToken) =>
        announcement with { Counts = await CountsAsync(announcement.Id, cancellationToken).ConfigureAwait(false) };

    private async Task<AnnouncementCounts> CountsAsync(string id, CancellationToken cancellationToken)
    {
        var shards = await ReadAllAsync(new TableQuery(ReactionPartition(id)) { RowKeyPrefix = ShardPrefix }, cancellationToken).ConfigureAwait(false);
        return new(shards.Sum(s => s.GetInt32(AffectedProperty) ?? 0), shards.Sum(s => s.GetInt32(AcknowledgedProperty) ?? 0));
    }

    private static string ReactionPartition(string id) => "r|" + TableKey.Encode(id);

    private static string Prefix(AnnouncementReactionKind kind) => kind == AnnouncementReactionKind.Affected ? "f|" : "k|";

    /// <summary>A stable shard per employee (string.GetHashCode differs between processes).</summary>
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
