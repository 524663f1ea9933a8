using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>A ticket with its history: what the metrics read about one ticket.</summary>
public sealed record TicketFacts(Ticket Ticket, IReadOnlyList<TicketEvent> History)
{
    /// <summary>
    /// The first response: the SLA clock's record of it, else the first assignment or reply to the requester by
    /// someone other than the requester (tickets from before the clock existed).
    /// </summary>
    public DateTimeOffset? RespondedAt => Ticket.Sla?.RespondedAt
        ?? History.FirstOrDefault(e => e.Kind is TicketEventKind.Assigned or TicketEventKind.ReplyToRequester && e.Actor.Id != Ticket.Requester.Id)?.At;

    /// <summary>When it was resolved, if it is resolved now (Resolved or Closed after a resolution): the latest resolution.</summary>
    public DateTimeOffset? ResolvedAt => Ticket.Status is TicketStatus.Resolved or TicketStatus.Closed
        ? Ticket.ResolvedAt ?? History.LastOrDefault(e => e.Kind == TicketEventKind.Resolved)?.At
        : null;

    /// <summary>
    /// First-contact resolution: resolved by the first person who took it (assigned, or started work on it, or
    /// resolved it straight away), never reassigned, never put on hold awaiting the requester (asked for more), never
    /// reopened, and not linked to a major incident or to a problem (an incident with a shared cause was never a
    /// first contact's to solve: it is resolved with the outage or the problem, or by their workaround).
    /// </summary>
    public bool ResolvedAtFirstContact
    {
        get
        {
            if (ResolvedAt is null || History.Any(e => e.Kind == TicketEventKind.Reopened || IsMajorIncidentLink(e) || IsProblemLink(e) || IsAskingTheRequester(e)))
            {
                return false;
            }

            var assignments = History.Count(e => e.Kind == TicketEventKind.Assigned);
            var firstAssignment = History.FirstOrDefault(e => e.Kind == TicketEventKind.Assigned)?.At;
            var startedBefore = History.Any(e => IsStartOfWork(e) && (firstAssignment is null || e.At < firstAssignment));
            var resolver = History.LastOrDefault(e => e.Kind == TicketEventKind.Resolved)?.Actor.Id;
            return assignments + (startedBefore && assignments > 0 ? 1 : 0) <= 1
                && (resolver is null || Ticket.Assignee is null || resolver == Ticket.Assignee.Id);
        }
    }

    /// <summary>The requester's rating of the latest resolution; a rating given before a reopening is stale and not counted.</summary>
    public int? CurrentRating
    {
        get
        {
            if (Ticket.Rating is not (>= 1 and <= 5) || ResolvedAt is null)
            {
                return null;
            }

            var lastRated = LastIndexOf(TicketEventKind.Rated);
            var lastReopened = LastIndexOf(TicketEventKind.Reopened);
            return lastReopened >= 0 && lastReopened > lastRated ? null : Ticket.Rating;
        }
    }

    private int LastIndexOf(TicketEventKind kind)
    {
        for (var i = History.Count - 1; i >= 0; i--)
        {
            if (History[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsStartOfWork(TicketEvent e) =>
        e.Kind == TicketEventKind.StatusChanged && e.Actor.Id != Ticket.Requester.Id
        && e.Changes.Any(c => c.Field == "Status" && c.To == nameof(TicketStatus.InProgress));

    private static bool IsAskingTheRequester(TicketEvent e) =>
        e.Kind == TicketEventKind.StatusChanged && e.Changes.Any(c => c.Field == "OnHoldReason" && c.To == nameof(OnHoldReason.AwaitingRequester));

    private static bool IsMajorIncidentLink(TicketEvent e) => e.Changes.Any(c => c.Field == MajorIncidentLinks.LinkField);

    private static bool IsProblemLink(TicketEvent e) => e.Changes.Any(c => c.Field == Problems.ProblemDesk.LinkField);
}
