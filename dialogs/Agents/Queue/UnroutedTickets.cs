using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// Tickets held because no queue could take them (<see cref="IUnroutedStore"/>), posted once a queue appears: from the
/// setup card, at start for configured queues, and before a new ticket is posted. Each is posted in creation order
/// with its current card, under an outbox key of its own (<c>{number}/unrouted/queue-card</c>), and released after:
/// a crash in between, or two instances routing at once, enqueue the same key again, which sends nothing twice.
/// </summary>
internal sealed partial class UnroutedTickets(
    IUnroutedStore store, ITicketStore tickets, IAgentQueue queue, IOutboxStore outbox, AgentTicketCard cards,
    IOptions<ServiceLevelOptions> serviceLevels, TimeProvider clock, ILogger<UnroutedTickets> logger) : IUnroutedTickets
{
    /// <summary>A marker whose ticket is not found this long after it was held belongs to a creation that failed.</summary>
    internal static readonly TimeSpan CreationGrace = TimeSpan.FromMinutes(10);

    private const int RequesterLookBack = 50;

    public Task HoldAsync(UnroutedTicket ticket, CancellationToken cancellationToken) => store.HoldAsync(ticket, cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Count;

    public async Task<int> RouteAsync(CancellationToken cancellationToken)
    {
        var held = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (held.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var agents = await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        var posted = 0;
        foreach (var marker in held)
        {
            var ticket = await FindAsync(marker, cancellationToken).ConfigureAwait(false);
            if (ticket is null)
            {
                if (now - marker.CreatedAt > CreationGrace)
                {
                    await store.ReleaseAsync(marker, cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            if (ticket.Cards.QueueThread is not null || !ticket.Status.IsOpen())
            {
                await store.ReleaseAsync(marker, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var channel = await queue.ForCategoryAsync(QueueCategories.Of(ticket), cancellationToken).ConfigureAwait(false);
            if (channel is not { Blocked: false })
            {
                continue;
            }

            var history = await tickets.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false);
            var card = cards.Build(ticket, history, AgentCardReader.Channel(agents, channel));
            var onCall = OnCallCall.Onto(card, ticket, serviceLevels.Value.OnCallAgents, Localization.Texts.For(channel.Locale));
            // Spaced by a millisecond: the outbox sends one channel's records in due order, so the thread order is creation order.
            var draft = QueueOutbox.NewThread(ticket, channel, onCall) with { IdempotencyKey = Key(ticket.Number), DueAt = now.AddMilliseconds(posted) };
            await outbox.EnqueueAsync(draft, cancellationToken).ConfigureAwait(false);
            await store.ReleaseAsync(marker, cancellationToken).ConfigureAwait(false);
            posted++;
            LogRouted(ticket.Number.ToString(), channel.Channel.ConversationId);
        }

        return posted;
    }

    internal static string Key(TicketNumber number) => $"{number}/unrouted/{QueueOutbox.NewThreadPurpose}";

    private async Task<Ticket?> FindAsync(UnroutedTicket marker, CancellationToken cancellationToken)
    {
        if (marker.Number is { } number)
        {
            return await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        }

        var page = await tickets.ListByRequesterAsync(marker.RequesterId, RequesterLookBack, null, cancellationToken).ConfigureAwait(false);
        return page.Tickets.FirstOrDefault(t => t.CreatedAt == marker.CreatedAt);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unrouted ticket {Number} posted to queue channel {ChannelId}")]
    private partial void LogRouted(string number, string channelId);
}
