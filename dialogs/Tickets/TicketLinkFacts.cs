using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// The facts every card of a ticket shows about what it is linked to (the closed ticket it follows up, the follow-up
/// opened from it) and, for a temporary access, until when: the requester's card and the agents' card alike.
/// </summary>
public static class TicketLinkFacts
{
    public static IEnumerable<Fact> For(Ticket ticket, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(texts);
        if (ticket.FollowUpOf is { } of)
        {
            yield return new(texts.Get(TextKeys.ItilFactFollowUpOf), of.ToString());
        }

        if (ticket.FollowUp is { } followUp)
        {
            yield return new(texts.Get(TextKeys.ItilFactFollowUp), followUp.ToString());
        }
    }
}
