using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The agents' queues in table <c>Queues</c>, one small partition: <c>s|{category}</c> rows hold the chosen channel
/// of a category (<c>s|*</c>: every ticket), <c>b|{channel id}</c> rows the channels found blocked. A handful of rows:
/// listing reads the partition by prefix. Saving is last writer wins (the latest owner's choice).
/// </summary>
internal sealed class TableQueueStore(ITableService service) : IQueueStore
{
    private const string Partition = "queues";
    private const string SettingPrefix = "s|";
    private const string BlockedPrefix = "b|";

    private readonly CreatedTable store = new(service.GetTable("Queues"));

    public async Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(SettingPrefix, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(e => RecordJson.Read<QueueSetting>(e))];
    }

    public async Task SaveAsync(QueueSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, SettingPrefix + (setting.Category is null ? "*" : TableKey.Encode(setting.Category)));
        RecordJson.Write(entity, setting);
        (await store.Table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false)).OrThrow("queue save");
        // Chosen again: the channel works (a new setup click after the bot was added back clears the flag).
        (await store.Table.DeleteAsync(Partition, BlockedKey(setting.Channel.ConversationId), TableEntity.AnyETag, cancellationToken).ConfigureAwait(false))
            .DeletedOrGone("queue unblock");
    }

    public async Task<IReadOnlySet<string>> ListBlockedAsync(CancellationToken cancellationToken)
    {
        var rows = await ReadAsync(BlockedPrefix, cancellationToken).ConfigureAwait(false);
        return rows.Select(e => e.GetString("ChannelId")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task<bool> MarkBlockedAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, BlockedKey(channelId)) { ["ChannelId"] = channelId, ["BlockedAt"] = at };
        var added = await store.Table.AddAsync(entity, cancellationToken).ConfigureAwait(false);
        if (added.Status == TableStatus.Conflict)
        {
            return false;
        }

        added.OrThrow("queue block");
        return true;
    }

    private static string BlockedKey(string channelId) => BlockedPrefix + TableKey.Encode(channelId.ToLowerInvariant());

    private Task<List<TableEntity>> ReadAsync(string prefix, CancellationToken cancellationToken) =>
        store.ReadAllAsync(new TableQuery(Partition) { RowKeyPrefix = prefix }, "queue list", cancellationToken);
}
