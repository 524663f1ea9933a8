using System.Globalization;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Keeps <see cref="Ticket.Cards"/> in step with Teams: a delivered queue card (first post or re-post) or requester
/// card is recorded on its ticket so later changes replace it in place; if the ticket changed while its first card
/// was on its way, the current card replaces it at once. A queue card whose PUT answered 404 (the message was deleted
/// in Teams) is posted again as a new thread. Idempotent: every record it writes is keyed by the ticket's version.
/// </summary>
internal sealed partial class CardTrackingObserver(
    ITicketStore tickets, IOutboxStore outbox, IAgentQueue queue, AgentTicketCard cards, ILogger<CardTrackingObserver> logger)
    : IDeliveryObserver
{
    public async Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var draft = record.Draft;
        if (!TicketNumber.TryParse(draft.Subject, out var number) || string.IsNullOrEmpty(activityId))
        {
            return;
        }

        var conversation = conversationId ?? draft.Target.ConversationId;
        switch (draft.Purpose)
        {
            case QueueOutbox.NewThreadPurpose or QueueOutbox.RepostPurpose:
                var posted = new PostedCard(ChannelThread.Of(conversation, activityId), activityId);
                var ticket = await tickets.RecordCardAsync(number, TicketCardSlot.QueueThread, posted, cancellationToken).ConfigureAwait(false);
                if (ticket is not null && ticket.Version > VersionOf(record.IdempotencyKey))
                {
                    // Changed while the first post was on its way: that change found no card to replace.
                    var channel = await queue.ForCategoryAsync(Queue.QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false)
                        ?? new QueueChannel(draft.Target, null);
                    var card = await CurrentCardAsync(ticket, channel, cancellationToken).ConfigureAwait(false);
                    await outbox.EnqueueAsync(QueueOutbox.Update(ticket, posted, channel with { Channel = draft.Target }, card), cancellationToken).ConfigureAwait(false);
                }

                break;
            case RequesterOutbox.CardPurpose:
                await tickets.RecordCardAsync(number, TicketCardSlot.RequesterCard, new PostedCard(conversation, activityId), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public async Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Draft.Purpose != QueueOutbox.UpdatePurpose || httpStatus != 404 || !TicketNumber.TryParse(record.Draft.Subject, out var number))
        {
            return;
        }

        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        var channel = ticket is null ? null : await queue.ForCategoryAsync(Queue.QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false);
        if (ticket is null || channel is not { Blocked: false })
        {
            LogCannotRepost(number.ToString());
            return;
        }

        var card = await CurrentCardAsync(ticket, channel, cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(QueueOutbox.NewThread(ticket, channel, card, QueueOutbox.RepostPurpose), cancellationToken).ConfigureAwait(false);
        LogReposted(number.ToString(), ticket.Version);
    }

    private async Task<Cards.AdaptiveCard> CurrentCardAsync(Ticket ticket, QueueChannel channel, CancellationToken cancellationToken)
    {
        var history = await tickets.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false);
        var agents = await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        return cards.Build(ticket, history, AgentCardReader.Channel(agents, channel));
    }

    /// <summary>The version in a key <c>{number}/v{version}/{purpose}</c>; 0 when it has none.</summary>
    internal static long VersionOf(string key)
    {
        var parts = key.Split('/');
        return parts.Length >= 2 && parts[1].StartsWith('v')
            && long.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue card of {Number} was deleted in Teams; posted again at version {Version}")]
    private partial void LogReposted(string number, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue card of {Number} was deleted in Teams and cannot be posted again (no ticket or no open queue)")]
    private partial void LogCannotRepost(string number);
}
