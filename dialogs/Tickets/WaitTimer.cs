namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// A timer on a ticket that waits on someone: an access request awaiting its approver, or a ticket on hold awaiting its
/// requester. <paramref name="Since"/> is when the current wait began (the request, the escalation, the hold);
/// <paramref name="Step"/> how many of its steps are done (0: none; for an approval 1: reminded, 2: escalated, 3:
/// the next approver reminded; for a hold 1: reminded); <paramref name="DueAt"/> the next date the timer set (for an
/// approval its next deadline; for a hold the resolution date the reminder announced, <see cref="DateTimeOffset.MaxValue"/> if none).
/// A step is recorded with a change conditional on the ticket's version, so two instances never take it twice.
/// </summary>
public sealed record WaitTimer(DateTimeOffset Since, int Step, DateTimeOffset DueAt);
