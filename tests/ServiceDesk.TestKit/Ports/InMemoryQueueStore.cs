using ServiceDesk.Dialogs.Agents.Queue;

namespace ServiceDesk.TestKit.Ports;

/// <summary>The queue store's contract in memory (the table implementation has its own tests on SQLite and Azurite).</summary>
internal sealed class InMemoryQueueStore : IQueueStore
{
    private readonly Dictionary<string, QueueSetting> settings = [];
    private readonly HashSet<string> blocked = new(StringComparer.OrdinalIgnoreCase);

    public Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QueueSetting>>([.. settings.Values]);

    public Task SaveAsync(QueueSetting setting, CancellationToken cancellationToken)
    {
        settings[setting.Category ?? "*"] = setting;
        blocked.Remove(setting.Channel.ConversationId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> ListBlockedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(blocked.ToHashSet(StringComparer.OrdinalIgnoreCase));

    public Task<bool> MarkBlockedAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(blocked.Add(channelId));
}
