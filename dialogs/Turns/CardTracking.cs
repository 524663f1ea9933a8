using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Turns;

/// <summary>
/// Which of a ticket's cards a reply is (e.g. the requester's ticket card after "create"): the host stores the
/// activity id it got for it in <see cref="Ticket.Cards"/>, so later changes replace that card in place.
/// </summary>
public sealed record CardTracking(TicketNumber Number, TicketCardSlot Slot);
