using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Metrics;

/// <summary>
/// Whether one service-level target (response or resolution) of one ticket was met or missed, and when that became
/// known (<see cref="SettledAt"/>): a target met counts when it was met; a target missed counts at its due time,
/// whether the ticket was answered late or is still waiting (an open breach). A target not due yet, paused before its
/// due time, or voided by the ticket ending (cancelled, rejected) before its due time is not settled: null.
/// </summary>
internal sealed record SlaOutcome(bool Met, DateTimeOffset SettledAt, bool OpenBreach)
{
    public static SlaOutcome? Response(TicketFacts facts, DateTimeOffset now) =>
        facts.Ticket.Sla is { } sla ? Settle(facts.Ticket, sla.ResponseDue, facts.RespondedAt, paused: false, now) : null;

    public static SlaOutcome? Resolution(TicketFacts facts, DateTimeOffset now)
    {
        if (facts.Ticket.Sla is not { } sla)
        {
            return null;
        }

        var done = facts.Ticket.Status is TicketStatus.Resolved or TicketStatus.Closed or TicketStatus.Fulfilled ? facts.Ticket.ResolvedAt : null;
        var paused = sla.PausedSince is { } since && since < sla.ResolutionDue;
        return Settle(facts.Ticket, sla.ResolutionDue, done, paused, now);
    }

    private static SlaOutcome? Settle(Ticket ticket, DateTimeOffset due, DateTimeOffset? doneAt, bool paused, DateTimeOffset now)
    {
        if (doneAt is { } done)
        {
            return done <= due ? new(true, done, false) : new(false, due, false);
        }

        if (ticket.Status.IsOpen())
        {
            // The clock is stopped while the ticket waits for its requester: the due time will move on resume.
            return paused || due > now ? null : new(false, due, true);
        }

        // Ended without being met (cancelled, rejected, closed unresolved): a miss only if the due time had passed.
        var ended = ticket.ClosedAt ?? ticket.UpdatedAt;
        return ended > due ? new(false, due, false) : null;
    }
}
