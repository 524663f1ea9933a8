namespace ServiceDesk.Dialogs.Tickets;

/// <summary>
/// The SLA clock (design: ITIL rules): response and resolution due per priority, counted in business hours
/// (P1 round the clock), paused while on hold awaiting the requester.
/// </summary>
public interface ISlaClock
{
    /// <summary>The clock of a ticket of <paramref name="priority"/> opened at <paramref name="openedAt"/>.</summary>
    SlaState Start(Priority priority, DateTimeOffset openedAt);

    /// <summary>
    /// The clock after a change from <paramref name="before"/> to <paramref name="after"/> at <paramref name="now"/>:
    /// responded at the first assignment or start of work, paused on hold awaiting the requester and resumed after
    /// (due times pushed by the pause), recomputed on a priority change, stopped when resolved; with the next time
    /// the SLA worker must look (<see cref="SlaState.NextCheckAt"/>).
    /// </summary>
    SlaState? Update(Ticket before, Ticket after, DateTimeOffset now);

    /// <summary>Time that counts for <paramref name="priority"/> between two instants: business time, or every minute round the clock.</summary>
    TimeSpan Counted(Priority priority, DateTimeOffset from, DateTimeOffset to);
}
