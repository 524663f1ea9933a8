using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>
/// A ticket that should have started a thread in a queue when none was set up (or its channel was blocked). It is held
/// before the ticket is written, so a crash between the two never loses it: a new ticket's marker names the requester
/// and the creation time (the number is not known yet), an approved request's marker names its number.
/// </summary>
public sealed record UnroutedTicket(DateTimeOffset CreatedAt, string RequesterId, TicketNumber? Number, string? Category);

/// <summary>The tickets waiting for a queue, in creation order.</summary>
public interface IUnroutedStore
{
    /// <summary>Holds <paramref name="ticket"/> (holding the same one again changes nothing).</summary>
    Task HoldAsync(UnroutedTicket ticket, CancellationToken cancellationToken);

    /// <summary>Every held ticket, oldest creation first.</summary>
    Task<IReadOnlyList<UnroutedTicket>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="ticket"/> (posted, or never created); releasing one already gone is fine.</summary>
    Task ReleaseAsync(UnroutedTicket ticket, CancellationToken cancellationToken);
}
