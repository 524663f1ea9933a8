using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.TicketList;

/// <summary>
/// The buttons of the agents' ticket list: a filter, Refresh (and Teams' automatic refresh) answer with the list as it
/// is now; <b>Open</b> answers with the ticket's own card, whose buttons act on it. Card data is untrusted: only agents
/// are answered, the filter is parsed strictly, the ticket is reloaded and must be of the agent's tenant.
/// </summary>
internal sealed class TicketListHandler(
    TicketListReader reader, IAgentQueue queue, ITicketStore tickets, AgentTicketCard cards, TimeProvider clock) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => [TicketListVerbs.Show, TicketListVerbs.Open];

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (!await queue.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AgentsNotAgent));
        }

        if (action.Verb == TicketListVerbs.Show)
        {
            if (TicketListFilters.FromValue(CardForm.Field(action.Data, TicketListVerbs.FilterField).Text) is not { } filter)
            {
                return TurnResult.Refused(action, texts.Get(TextKeys.AgentsInvalidCard));
            }

            var list = await TicketListCommand.BuildAsync(reader, queue, turn, filter, clock.GetUtcNow(), texts, cancellationToken).ConfigureAwait(false);
            return Show(action, list);
        }

        if (!TicketNumber.TryParse(CardForm.Field(action.Data, TicketListVerbs.TicketField).Text, out var number))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AgentsInvalidCard));
        }

        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.TicketsNotFound, number));
        }

        var history = await tickets.GetHistoryAsync(number, cancellationToken).ConfigureAwait(false);
        var agents = await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        return Show(action, cards.Build(ticket, history, new AgentCardReader(texts, DialogContext.TimeZoneOf(turn.TimeZone), agents)));
    }

    /// <summary>An invoke answered with a card replaces the clicked card for this agent only; an Action.Submit gets it as a message.</summary>
    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);
}
