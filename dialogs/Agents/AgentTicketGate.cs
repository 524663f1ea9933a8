using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// The check every button on a ticket's card in the agents' channel passes before it does anything, whether it
/// changes the ticket or only helps with it: the card is untrusted, so the ticket is reloaded and must belong to the
/// clicker's tenant, and only agents may act (anyone else is told so and the card stays as it is).
/// </summary>
internal static class AgentTicketGate
{
    /// <summary>The ticket the card names, or null when the card carries no valid number.</summary>
    public static TicketNumber? NumberOf(CardAction action) =>
        TicketNumber.TryParse(CardForm.Field(action.Data, AgentVerbs.TicketField).Text, out var parsed) ? parsed : null;

    /// <summary>The ticket as stored now, or (with a null ticket) the refusal the clicker gets.</summary>
    public static async Task<(Ticket? Ticket, TurnResult Refusal)> OpenAsync(
        ITicketStore tickets, IAgentQueue queue, Turn turn, CardAction action, TicketNumber number, Texts texts, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || !ticket.InTenant(turn.Conversation.TenantId))
        {
            return (null, TurnResult.Refused(action, texts.Get(TextKeys.TicketsNotFound, number)));
        }

        return await queue.IsAgentAsync(turn.From, cancellationToken).ConfigureAwait(false)
            ? (ticket, TurnResult.Nothing)
            : (null, TurnResult.Refused(action, texts.Get(TextKeys.AgentsNotAgent)));
    }
}
