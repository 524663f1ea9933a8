using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// A ticket with what the metrics read about it from its history, derived once (<see cref="TicketSummary"/>). Built from
/// the ticket and its history, or from the ticket and the summary of the same version read before (the history is
/// then not kept: <see cref="History"/> is empty).
/// </summary>
public sealed class TicketFacts
{
    public TicketFacts(Ticket ticket, IReadOnlyList<TicketEvent> history)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(history);
        Ticket = ticket;
        History = history;
        Summary = TicketSummary.Of(ticket, history);
    }

    /// <summary>The ticket with the summary of its history at the same version (see <see cref="MetricsReader"/>).</summary>
    internal TicketFacts(Ticket ticket, TicketSummary summary)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Version != ticket.Version)
        {
            throw new ArgumentException("The summary is of another version of the ticket.", nameof(summary));
        }

        Ticket = ticket;
        History = [];
        Summary = summary;
    }

    public Ticket Ticket { get; }

    public IReadOnlyList<TicketEvent> History { get; }

    internal TicketSummary Summary { get; }

    /// <inheritdoc cref="TicketSummary.RespondedAt"/>
    public DateTimeOffset? RespondedAt => Summary.RespondedAt;

    /// <inheritdoc cref="TicketSummary.ResolvedAt"/>
    public DateTimeOffset? ResolvedAt => Summary.ResolvedAt;

    /// <inheritdoc cref="TicketSummary.ResolvedAtFirstContact"/>
    public bool ResolvedAtFirstContact => Summary.ResolvedAtFirstContact;

    /// <inheritdoc cref="TicketSummary.CurrentRating"/>
    public int? CurrentRating => Summary.CurrentRating;

    /// <inheritdoc cref="TicketSummary.Reopened"/>
    public bool Reopened => Summary.Reopened;
}

/// <summary>
/// What the metrics take from one version of a ticket and its history. Every change to a ticket, a history event
/// appended included, stores a new version, so a summary stays true for as long as the ticket's version is the same.
/// </summary>
/// <param name="RespondedAt">
/// The first response: the SLA clock's record of it, else the first assignment or reply to the requester by someone
/// other than the requester (tickets from before the clock existed).
/// </param>
/// <param name="ResolvedAt">When it was resolved, if it is resolved now (Resolved or Closed after a resolution): the latest resolution.</param>
/// <param name="ResolvedAtFirstContact">
/// First-contact resolution: resolved by the first person who took it (assigned, or started work on it, or resolved it
/// straight away), never reassigned, never put on hold awaiting the requester (asked for more), never reopened, and
/// not linked to a major incident or to a problem (an incident with a shared cause was never a first contact's to
/// solve: it is resolved with the outage or the problem, or by their workaround).
/// </param>
/// <param name="CurrentRating">The requester's rating of the latest resolution; a rating given before a reopening is stale and not counted.</param>
/// <param name="Reopened">Reopened at least once.</param>
internal sealed record TicketSummary(long Version, DateTimeOffset? RespondedAt, DateTimeOffset? ResolvedAt, bool ResolvedAtFirstContact, int? CurrentRating, bool Reopened)
{
    public static TicketSummary Of(Ticket ticket, IReadOnlyList<TicketEvent> history)
    {
        var responded = ticket.Sla?.RespondedAt
            ?? history.FirstOrDefault(e => e.Kind is TicketEventKind.Assigned or TicketEventKind.ReplyToRequester && e.Actor.Id != ticket.Requester.Id)?.At;
        var resolved = ticket.Status is TicketStatus.Resolved or TicketStatus.Closed
            ? ticket.ResolvedAt ?? history.LastOrDefault(e => e.Kind == TicketEventKind.Resolved)?.At
            : null;
        var reopened = LastIndexOf(history, TicketEventKind.Reopened);
        return new TicketSummary(
            ticket.Version, responded, resolved,
            resolved is not null && FirstContact(ticket, history),
            Rating(ticket, history, resolved, reopened),
            reopened >= 0);
    }

    private static bool FirstContact(Ticket ticket, IReadOnlyList<TicketEvent> history)
    {
        if (history.Any(e => e.Kind == TicketEventKind.Reopened || IsSharedCauseLink(e) || IsAskingTheRequester(e)))
        {
            return false;
        }

        var assignments = history.Count(e => e.Kind == TicketEventKind.Assigned);
        var firstAssignment = history.FirstOrDefault(e => e.Kind == TicketEventKind.Assigned)?.At;
        var startedBefore = history.Any(e => IsStartOfWork(ticket, e) && (firstAssignment is null || e.At < firstAssignment));
        var resolver = history.LastOrDefault(e => e.Kind == TicketEventKind.Resolved)?.Actor.Id;
        return assignments + (startedBefore && assignments > 0 ? 1 : 0) <= 1
            && (resolver is null || ticket.Assignee is null || resolver == ticket.Assignee.Id);
    }

    private static int? Rating(Ticket ticket, IReadOnlyList<TicketEvent> history, DateTimeOffset? resolved, int lastReopened)
    {
        if (ticket.Rating is not (>= 1 and <= 5) || resolved is null)
        {
            return null;
        }

        var lastRated = LastIndexOf(history, TicketEventKind.Rated);
        return lastReopened >= 0 && lastReopened > lastRated ? null : ticket.Rating;
    }

    private static int LastIndexOf(IReadOnlyList<TicketEvent> history, TicketEventKind kind)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsStartOfWork(Ticket ticket, TicketEvent e) =>
        e.Kind == TicketEventKind.StatusChanged && e.Actor.Id != ticket.Requester.Id
        && e.Changes.Any(c => c.Field == "Status" && c.To == nameof(TicketStatus.InProgress));

    private static bool IsAskingTheRequester(TicketEvent e) =>
        e.Kind == TicketEventKind.StatusChanged && e.Changes.Any(c => c.Field == "OnHoldReason" && c.To == nameof(OnHoldReason.AwaitingRequester));

    private static bool IsSharedCauseLink(TicketEvent e) =>
        e.Changes.Any(c => c.Field == MajorIncidentLinks.LinkField || c.Field == Problems.ProblemDesk.LinkField);
}
