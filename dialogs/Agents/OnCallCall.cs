using ServiceDesk.Cards;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// A P1 needs someone at once: the card that opens its thread in the queue @mentions the on-call agents
/// (<c>ServiceLevels:OnCall</c>) on its first line, so Teams notifies them when the ticket is created rather than when
/// its response target is already at risk. A mention in a card is its text plus a root <c>msteams.entities</c> entry.
/// </summary>
internal static class OnCallCall
{
    public static AdaptiveCard Onto(AdaptiveCard card, Ticket ticket, IReadOnlyList<OnCallAgent> onCall, Texts texts)
    {
        if (ticket.Priority != Priority.P1 || onCall.Count == 0)
        {
            return card;
        }

        var mentions = onCall.Select(a => CardMention.Of(a.Id, a.Name)).ToList();
        var line = new TextBlock(texts.Get(TextKeys.AgentsOnCallP1, string.Join(' ', mentions.Select(m => m.Text))))
        {
            Wrap = true, Weight = TextWeight.Bolder,
        };
        return card with
        {
            Body = [line, .. card.Body],
            MsTeams = (card.MsTeams ?? TeamsCardProperties.Full) with { Entities = [.. card.MsTeams?.Entities ?? [], .. mentions] },
        };
    }
}
