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

    /// <summary>
    /// Whether a ticket like <paramref name="template"/> reaches agents now (an open queue takes its category); when not,
    /// it is held until one does, and the requester must not be told an agent will pick it up.
    /// </summary>
    Task<bool> HasQueueAsync(Ticket? template, CancellationToken cancellationToken);
}
