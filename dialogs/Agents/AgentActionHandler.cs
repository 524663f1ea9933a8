using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The buttons of the ticket card in the agents' channel (<c>agent.*</c>). Past <see cref="AgentTicketGate"/> (the
/// ticket reloaded, same tenant, agents only), a card older than the ticket
/// is refused with the fresh card and who changed it, and the change is stored under the version read, so of two
/// agents clicking at once exactly one wins. Everyone else hears of it through the outbox (<see cref="ITicketNotifier"/>).
/// </summary>
internal sealed class AgentActionHandler(
    ITicketStore tickets, IAgentQueue queue, ISlaClock sla, ITicketNotifier notifier, AgentTicketCard cards, TimeProvider clock)
    : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => AgentVerbs.All;

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        var number = AgentTicketGate.NumberOf(action);
        var version = CardForm.Number(action.Data, AgentVerbs.VersionField);
        if (!AgentVerbs.All.Contains(action.Verb) || number is null || version is not > 0)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AgentsInvalidCard));
        }

        var (ticket, refusal) = await AgentTicketGate.OpenAsync(tickets, queue, turn, action, number.Value, texts, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return refusal;
        }

        var reader = new AgentCardReader(texts, DialogContext.TimeZoneOf(turn.TimeZone), await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false));
        var history = await tickets.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false);
        if (ticket.Version != version)
        {
            return Show(action, cards.Build(ticket, history, reader, Stale(ticket, history, action.Verb, texts)));
        }

        if (!AgentRules.Allows(ticket, action.Verb))
        {
            var why = action.Verb == AgentVerbs.AssignMe && ticket.Assignee is { } taken
                ? taken.Id == turn.From.Id ? texts.Get(TextKeys.AgentsAlreadyYours) : texts.Get(TextKeys.AgentsAlreadyAssigned, taken.Name ?? taken.Id)
                : texts.Get(TextKeys.AgentsNotNow, AgentTicketCard.Status(texts, ticket));
            return Show(action, cards.Build(ticket, history, reader, why));
        }

        var now = clock.GetUtcNow();
        var actor = new TicketPerson(turn.From.Id, turn.From.AadObjectId, turn.From.Name);
        var change = AgentChange.For(ticket, action.Verb, action.Data, actor, reader.Agents, now, texts);
        if (change is not { Changed: { } changed, Event: { } happened })
        {
            return Show(action, cards.Build(ticket, history, reader, error: change.Error));
        }

        changed = changed with { Sla = sla.Update(ticket, changed, now) };
        var outbox = await notifier.ForAsync(ticket, happened, cancellationToken).ConfigureAwait(false);
        var result = await tickets.UpdateAsync(changed, happened, outbox, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case { Outcome: TicketUpdateOutcome.Updated, Ticket: { } stored }:
                return Show(action, cards.Build(stored, [.. history, happened with { Version = stored.Version }], reader));
            case { Outcome: TicketUpdateOutcome.Conflict, Ticket: { } current }:
                // Someone else changed it between our read and our write: show what it is now, and who.
                var fresh = await tickets.GetHistoryAsync(current.Number, cancellationToken).ConfigureAwait(false);
                return Show(action, cards.Build(current, fresh, reader, Stale(current, fresh, action.Verb, texts)));
            default:
                return TurnResult.Refused(action, texts.Get(TextKeys.TicketsNotFound, number.Value));
        }
    }

    /// <summary>Why the card was refused: who took the ticket, or who changed it last.</summary>
    private static string Stale(Ticket current, IReadOnlyList<TicketEvent> history, string verb, Texts texts)
    {
        if (verb is AgentVerbs.AssignMe or AgentVerbs.AssignTo && current.Assignee is { } assignee)
        {
            return texts.Get(TextKeys.AgentsAlreadyAssigned, assignee.Name ?? assignee.Id);
        }

        return history.LastOrDefault() is { } last
            ? texts.Get(TextKeys.AgentsChangedBy, last.Actor.Name ?? last.Actor.Id, texts.Get("tickets.event" + last.Kind))
            : texts.Get(TextKeys.InvokeStaleCard);
    }

    /// <summary>An invoke answered with a card replaces the clicked card for this agent; an Action.Submit gets it as a message.</summary>
    private static TurnResult Show(CardAction action, AdaptiveCard card) =>
        action.IsInvoke ? new TurnResult([], InvokeAnswer.WithCard(card)) : new TurnResult([Reply.Of(card)]);
}
