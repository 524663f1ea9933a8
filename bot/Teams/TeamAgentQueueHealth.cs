using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Teams;

/// <summary>
/// Queue health: a post to a queue channel parked with 403 (the bot was removed from the team, or blocked) flags that
/// queue Blocked, logs a warning with the ids, and tells the agents in <c>Agents:FallbackChannel</c> once. A new
/// setup click on that channel clears the flag.
/// </summary>
internal sealed partial class TeamAgentQueueHealth(
    TeamAgentQueue queues,
    IQueueStore store,
    IOutboxStore outbox,
    IOptions<AgentQueueOptions> options,
    TimeProvider clock,
    ILogger<TeamAgentQueueHealth> logger) : IDeliveryObserver
{
    public const string Purpose = "queue-blocked";

    public Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var target = record.Draft.Target;
        if (httpStatus != 403 || target.Kind != ConversationKind.Channel)
        {
            return;
        }

        var channelId = ChannelOf(target);
        var queue = (await queues.QueuesAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(q => string.Equals(q.Channel.ConversationId, channelId, StringComparison.OrdinalIgnoreCase));
        if (queue is null)
        {
            return;
        }

        if (!await store.MarkBlockedAsync(channelId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var teamId = queue.Channel.TeamId;
        var fallback = options.Value.FallbackChannel;
        LogBlocked(channelId, teamId, queue.Category ?? QueueCategories.All, record.IdempotencyKey, fallback is not null);
        if (fallback is not null && !string.Equals(fallback.ChannelId, channelId, StringComparison.OrdinalIgnoreCase))
        {
            await outbox.EnqueueAsync(Notice(record, queue, channelId, fallback), cancellationToken).ConfigureAwait(false);
        }
    }

    private OutboxDraft Notice(OutboxRecord record, QueueChannel queue, string channelId, ConfiguredQueue fallback)
    {
        var texts = Texts.For(queue.Locale);
        var payload = new JsonObject
        {
            ["type"] = "message",
            ["locale"] = queue.Locale,
            ["text"] = texts.Get(TextKeys.QueueBlockedNotice, channelId, queue.Channel.TeamId ?? "?"),
            ["textFormat"] = "plain",
        };
        // Derived from the record that found the channel blocked: a retry after a crash enqueues the same notice.
        return new OutboxDraft(
            $"{Purpose}/{record.IdempotencyKey}", OutboxKind.NewChannelThread, queues.Reference(fallback), payload.ToJsonString(),
            Subject: channelId, Purpose: Purpose);
    }

    /// <summary>The channel itself, not a thread in it (<c>19:…@thread.tacv2;messageid=…</c>).</summary>
    private static string ChannelOf(ConversationReference target)
    {
        var id = string.IsNullOrEmpty(target.TeamsChannelId) ? target.ConversationId : target.TeamsChannelId;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? id : id[..thread];
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Queue channel {ChannelId} of team {TeamId} (category {Category}) answered 403 to outbox record {Key}: queue flagged Blocked; fallback channel configured: {HasFallback}")]
    private partial void LogBlocked(string channelId, string? teamId, string category, string key, bool hasFallback);
}
