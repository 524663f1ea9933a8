using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// "Summarise", "Draft reply" and "Similar tickets" on a ticket's card in the agents' channel. Checked as every agent
/// action is (<see cref="AgentTicketGate"/>), but nothing is changed: the help is posted below the
/// card (the model's marked AI-generated) and the clicked card is answered with the ticket as it is now.
/// </summary>
internal sealed class AgentAssistHandler(ITicketStore tickets, IAgentQueue queue, IAgentAssist assist, SimilarTickets similar, AgentTicketCard cards)
    : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => AssistVerbs.All;

    public async Task<TurnResult> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = turn.Action ?? throw new ArgumentException("Not a card action.", nameof(turn));
        var texts = Texts.For(turn.Locale);
        if (AgentTicketGate.NumberOf(action) is not { } number)
        {
            return TurnResult.Refused(action, texts.Get(TextKeys.AgentsInvalidCard));
        }

        var (ticket, refusal) = await AgentTicketGate.OpenAsync(tickets, queue, turn, action, number, texts, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return refusal;
        }

        var history = await tickets.GetHistoryAsync(ticket.Number, cancellationToken).ConfigureAwait(false);
        var help = await HelpAsync(action.Verb, ticket, history, texts, cancellationToken).ConfigureAwait(false);
        if (!action.IsInvoke)
        {
            return new TurnResult([help]);
        }

        var reader = new AgentCardReader(texts, DialogContext.TimeZoneOf(turn.TimeZone), await queue.ListAgentsAsync(cancellationToken).ConfigureAwait(false));
        return new TurnResult([help], InvokeAnswer.WithCard(cards.Build(ticket, history, reader)));
    }

    private async Task<Reply> HelpAsync(string verb, Ticket ticket, IReadOnlyList<TicketEvent> history, Texts texts, CancellationToken cancellationToken)
    {
        switch (verb)
        {
            case AssistVerbs.Similar:
                return Reply.Of(AgentAssistCards.Similar(ticket, await similar.FindAsync(ticket, cancellationToken).ConfigureAwait(false), texts));
            case AssistVerbs.Summary when await assist.SummariseAsync(TicketBriefs.Of(ticket, history, texts.Language), cancellationToken).ConfigureAwait(false) is { } summary:
                return Reply.Of(AgentAssistCards.Summary(ticket, summary, texts)) with { AiGenerated = true };
            case AssistVerbs.Draft when await assist.DraftReplyAsync(TicketBriefs.Of(ticket, history, texts.Language), cancellationToken).ConfigureAwait(false) is { } draft:
                return Reply.Of(AgentAssistCards.Draft(ticket, draft, texts)) with { AiGenerated = true };
            default:
                return Reply.Of(texts.Get(TextKeys.AssistUnavailable));
        }
    }
}
