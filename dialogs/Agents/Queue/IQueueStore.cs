namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>The queues chosen from the setup card, one per category, and the channels found blocked (403).</summary>
public interface IQueueStore
{
    Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the queue of the setting's category, and clears the Blocked flag of its channel.</summary>
    Task SaveAsync(QueueSetting setting, CancellationToken cancellationToken);

    /// <summary>Channel ids currently flagged Blocked.</summary>
    Task<IReadOnlySet<string>> ListBlockedAsync(CancellationToken cancellationToken);

    /// <summary>Flags <paramref name="channelId"/> Blocked; true only for the call that flagged it (so agents are told once).</summary>
    Task<bool> MarkBlockedAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken);
}
