using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>A ticket with its history: what the metrics read about one incident.</summary>
public sealed record TicketFacts(Ticket Ticket, IReadOnlyList<TicketEvent> History)
{
    /// <summary>
    /// The first response: the SLA clock's record of it, else the first assignment or reply to the requester by
    /// someone other than the requester (tickets from before the clock existed).
    /// </summary>
    public DateTimeOffset? RespondedAt => Ticket.Sla?.RespondedAt
        ?? History.FirstOrDefault(e => e.Kind is TicketEventKind.Assigned or TicketEventKind.ReplyToRequester && e.Actor.Id != Ticket.Requester.Id)?.At;

    /// <summary>When it was resolved, if it is resolved now (Resolved or Closed after a resolution).</summary>
    public DateTimeOffset? ResolvedAt => Ticket.Status is TicketStatus.Resolved or TicketStatus.Closed
        ? Ticket.ResolvedAt ?? History.LastOrDefault(e => e.Kind == TicketEventKind.Resolved)?.At
        : null;

    /// <summary>
    /// First-contact resolution: resolved, never reopened, and never reassigned (at most one assignment in the history:
    /// the first agent who took it resolved it).
    /// </summary>
    public bool ResolvedAtFirstContact =>
        ResolvedAt is not null
        && History.All(e => e.Kind != TicketEventKind.Reopened)
        && History.Count(e => e.Kind == TicketEventKind.Assigned) <= 1;
}
