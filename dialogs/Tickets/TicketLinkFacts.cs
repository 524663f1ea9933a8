using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Localization;

namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// The facts every card of a ticket shows about what it is linked to (the closed ticket it follows up, the follow-up
/// opened from it) and, for an access request, its level and until when: the requester's card and the agents' card
/// (the fulfiller's) alike. A new starter's request shows who, when, and each item with where its approval stands
/// (names from <paramref name="catalogue"/> when given, else ids).
/// </summary>
public static class TicketLinkFacts
{
    public static IEnumerable<Fact> For(Ticket ticket, Texts texts, Catalogue.AccessCatalogue? catalogue = null)
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

        // What the fulfiller grants: the level, and until when (a temporary access must be removed on that date).
        if (ticket.Access is { IsItem: false } access)
        {
            yield return new(texts.Get(AccessTextKeys.FactLevel), AccessDisplay.Level(access.Level, texts));
            yield return new(texts.Get(AccessTextKeys.FactUntil),
                access.EndDate is { } end ? "⏳ " + AccessDisplay.Date(end, texts) : texts.Get(AccessTextKeys.Permanent));
        }

        if (ticket.NewStarter is { } starter)
        {
            foreach (var fact in Flows.NewStarter.NewStarterCards.Facts(starter, catalogue, texts))
            {
                yield return fact;
            }
        }
    }
}
