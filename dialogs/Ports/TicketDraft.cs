using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// A ticket before it has a number: the store allocates the number and sets version 1, status and times.
/// <paramref name="Template"/>'s Number and Version are ignored.
/// </summary>
public sealed record TicketDraft(TicketKind Kind, Ticket Template, TicketEvent Created);

/// <summary>A page of tickets, newest first or queue order; pass <paramref name="Continuation"/> back for the next page.</summary>
public sealed record TicketPage(IReadOnlyList<Ticket> Tickets, string? Continuation);

public enum TicketUpdateOutcome { Updated, Conflict, NotFound }

/// <summary>
/// The outcome of a conditional update: the stored ticket when updated, the current one on conflict
/// (someone changed it since it was read: show them who), nothing when it does not exist.
/// </summary>
public sealed record TicketUpdateResult(TicketUpdateOutcome Outcome, Ticket? Ticket)
{
    public static TicketUpdateResult Updated(Ticket ticket) => new(TicketUpdateOutcome.Updated, ticket);

    public static TicketUpdateResult Conflict(Ticket current) => new(TicketUpdateOutcome.Conflict, current);

    public static readonly TicketUpdateResult NotFound = new(TicketUpdateOutcome.NotFound, null);
}
