namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>Tickets that wait for a queue: counted for the agents, posted when a queue appears.</summary>
public interface IUnroutedTickets
{
    /// <summary>Holds a ticket no queue takes now (before the ticket is written).</summary>
    Task HoldAsync(UnroutedTicket ticket, CancellationToken cancellationToken);

    /// <summary>How many tickets wait for a queue.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Posts every held ticket that now has an open queue, in creation order; returns how many were posted.</summary>
    Task<int> RouteAsync(CancellationToken cancellationToken);
}
