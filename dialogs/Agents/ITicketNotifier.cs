using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// Everyone a ticket change concerns besides the person acting: the queue card (replaced in place for everyone),
/// the ticket's thread, the requester (in their language) and the requester's own card. Loads what it needs
/// (profiles, queue) first, then returns the records to write with the change.
/// </summary>
public interface ITicketNotifier
{
    /// <summary>The outbox records of <paramref name="change"/> (applied to <paramref name="before"/>; null for a creation).</summary>
    Task<OutboxFor> ForAsync(Ticket? before, TicketEvent change, CancellationToken cancellationToken);
}
