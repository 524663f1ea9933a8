using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Everyone a ticket change concerns besides the person acting, as outbox records written with the change:
/// <list type="bullet">
/// <item>an incident's creation, or an access request's approval (fulfilment), starts the ticket's thread in its
/// category's queue with the card (no queue set up: nothing, logged); a P1's first card calls the on-call agents;</item>
/// <item>any other change replaces the posted card in place (if it is not posted yet, nothing: when the first post
/// is delivered, <see cref="CardTrackingObserver"/> replaces it with the current card if the ticket moved on);</item>
/// <item>a requester's comment, rating or reopening appears in the thread (the SLA monitor posts its own notices);</item>
/// <item>the requester hears of what others did (<see cref="RequesterOutbox"/>).</item>
/// </list>
/// For a creation, pass the draft's template as <c>before</c> (its category picks the queue); null picks the default queue.
/// </summary>
internal sealed partial class TicketNotifier(
    ITicketStore tickets, IAgentQueue queue, IUserProfileStore profiles, AgentTicketCard cards, IOptions<ServiceLevelOptions> serviceLevels,
    IUnroutedTickets unrouted, ILogger<TicketNotifier> logger)
    : ITicketNotifier
{
    /// <summary>The categories (and whether blocked) already warned about: one line each, the rest at Debug.</summary>
    private readonly ConcurrentDictionary<(string Category, bool Blocked), bool> warned = new();

    public async Task<OutboxFor> ForAsync(Ticket? before, TicketEvent change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var creation = change.Kind == TicketEventKind.Created;
        var channel = await queue.ForCategoryAsync(before is null ? null : Queue.QueueCategories.Of(before), cancellationToken).ConfigureAwait(false);
        var agents = await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        var history = before is null || creation ? [] : await tickets.GetHistoryAsync(before.Number, cancellationToken).ConfigureAwait(false);
        var requesterId = before?.Requester.Id ?? change.Actor.Id;
        var profile = creation ? null : await profiles.GetAsync(requesterId, cancellationToken).ConfigureAwait(false);
        var entersQueue = EntersQueue(before, change, creation);
        if (entersQueue && channel is { Blocked: false })
        {
            // Tickets held earlier go first, so the channel shows them in creation order.
            await unrouted.RouteAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (entersQueue)
        {
            // Held before the ticket is written: a crash between the two leaves a marker whose ticket is looked for, never a lost ticket.
            var number = creation ? (TicketNumber?)null : before!.Number;
            var category = before is null ? null : Queue.QueueCategories.Of(before);
            await unrouted.HoldAsync(new UnroutedTicket(before?.CreatedAt ?? change.At, requesterId, number, category), cancellationToken).ConfigureAwait(false);
        }

        return stored => Drafts(stored, change with { Version = stored.Version }, creation, channel, agents, history, profile);
    }

    private List<OutboxDraft> Drafts(
        Ticket stored, TicketEvent change, bool creation, QueueChannel? channel, IReadOnlyList<TicketPerson> agents,
        IReadOnlyList<TicketEvent> history, UserProfile? profile)
    {
        var drafts = new List<OutboxDraft>();
        var card = cards.Build(stored, [.. history, change], AgentCardReader.Channel(agents, channel));
        if (EntersQueue(stored, change, creation))
        {
            if (channel is { Blocked: false })
            {
                var onCall = OnCallCall.Onto(card, stored, serviceLevels.Value.OnCallAgents, Localization.Texts.For(channel.Locale));
                drafts.Add(QueueOutbox.NewThread(stored, channel, onCall));
            }
            else
            {
                NoQueue(stored, channel?.Blocked ?? false);
            }
        }
        else if (stored.Cards.QueueThread is { } posted && channel is not null)
        {
            drafts.Add(QueueOutbox.Update(stored, posted, channel, card));
            if (ThreadText(stored, change, Localization.Texts.For(channel.Locale)) is { } text)
            {
                drafts.Add(QueueOutbox.ThreadMessage(stored, posted, channel, text));
            }
        }

        if (!creation)
        {
            drafts.AddRange(RequesterOutbox.For(stored, change, profile, channel?.Channel));
        }

        return drafts;
    }

    /// <inheritdoc/>
    public async Task<bool> HasQueueAsync(Ticket? template, CancellationToken cancellationToken) =>
        await queue.ForCategoryAsync(template is null ? null : Queue.QueueCategories.Of(template), cancellationToken).ConfigureAwait(false) is { Blocked: false };

    /// <summary>An incident's creation or a request's approval starts the ticket's thread in a queue.</summary>
    /// <summary>
    /// An incident at its creation; a request when approved, or at its creation when it needs no approval (an item whose
    /// approver rule is None) or is a new starter's (its card follows each item's approval).
    /// </summary>
    private static bool EntersQueue(Ticket? ticket, TicketEvent change, bool creation) =>
        (creation && (ticket is null || ticket.Kind == TicketKind.Incident || ticket.Status == TicketStatus.Approved || ticket.NewStarter is not null))
        || change.Kind == TicketEventKind.Approved;

    /// <summary>What the thread shows of the requester's changes, in the queue's language (as the card).</summary>
    private static string? ThreadText(Ticket stored, TicketEvent change, Localization.Texts texts) =>
        change.Kind switch
        {
            TicketEventKind.Comment when change.Actor.Id == stored.Requester.Id && change.Changes.Count > 0 =>
                texts.Get(Localization.TextKeys.AgentsThreadAnswered, change.Actor.Name ?? change.Actor.Id, change.Text),
            TicketEventKind.Comment when change.Actor.Id == stored.Requester.Id =>
                texts.Get(Localization.TextKeys.AgentsThreadComment, change.Actor.Name ?? change.Actor.Id, change.Text),
            TicketEventKind.Rated => texts.Get(Localization.TextKeys.AgentsThreadRated, change.Actor.Name ?? change.Actor.Id, stored.Rating),
            TicketEventKind.Reopened when change.Actor.Id == stored.Requester.Id =>
                texts.Get(Localization.TextKeys.AgentsThreadReopened, change.Actor.Name ?? change.Actor.Id),
            _ => null,
        };

    /// <summary>
    /// Once per category at Warning, then at Debug: without a queue every ticket of the category is held, and a console
    /// line per ticket says nothing the first did not (and costs every creation a synchronous write).
    /// </summary>
    private void NoQueue(Ticket stored, bool blocked)
    {
        if (warned.TryAdd((stored.Category, blocked), true))
        {
            LogNoQueue(stored.Number.ToString(), stored.Category, blocked);
        }
        else if (logger.IsEnabled(LogLevel.Debug))
        {
            LogNoQueueAgain(stored.Number.ToString(), stored.Category, blocked);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket {Number} (category {Category}) has no queue channel to go to (blocked: {Blocked}); held until a queue is set up in Teams or in configuration (said once per category; the next at Debug)")]
    private partial void LogNoQueue(string number, string category, bool blocked);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ticket {Number} (category {Category}) has no queue channel to go to (blocked: {Blocked}); held")]
    private partial void LogNoQueueAgain(string number, string category, bool blocked);
}
