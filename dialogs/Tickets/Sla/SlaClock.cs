using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tickets.Sla;

/// <summary>A point on a ticket's SLA clock where the worker must say something.</summary>
internal sealed record SlaMilestone(SlaNotices Notice, DateTimeOffset At)
{
    public bool IsBreach => Notice is SlaNotices.ResponseBreached or SlaNotices.ResolutionBreached;

    public bool IsResponse => Notice is SlaNotices.ResponseAtRisk or SlaNotices.ResponseBreached;
}

/// <summary>
/// The SLA clock (ITIL rules, design "Service levels"). Targets are counted from the opening time (creation; for an
/// access request, its approval) in the priority's calendar: business hours, or every minute for RoundTheClock
/// priorities. The rules, in the order <see cref="Update"/> applies them:
/// <list type="number">
/// <item>Responded at the first change that gives the ticket an assignee or moves it to InProgress, OnHold or Resolved.</item>
/// <item>A priority change recomputes both due times from the opening time with the new targets, plus the pauses so
/// far; notices whose new time is still ahead are cleared, so they are sent again when it comes.</item>
/// <item>OnHold awaiting the requester pauses the resolution clock (PausedSince). On resume (any other status), if the
/// pause started before ResolutionDue, ResolutionDue becomes resume time + the business time that was left between
/// the pause's start and the old due time, and the pause's business time is added to PausedTotal; a pause that starts
/// after ResolutionDue changes nothing (a breach stays a breach). The response target never pauses.</item>
/// <item>A reopened ticket resumes as if the time since its resolution had been a pause.</item>
/// <item>Resolved, Fulfilled, Closed, Cancelled and Rejected stop the clock (an open pause is closed first).</item>
/// </list>
/// NextCheckAt: for Resolved and Fulfilled, ResolvedAt + AutoCloseDays (auto-close); for open tickets the earliest
/// notice not sent yet among response at risk, response due (until responded), resolution at risk and resolution due
/// (while not paused), where "at risk" is AtRiskPercent of the target used; otherwise none.
/// </summary>
internal sealed class SlaClock : ISlaClock
{
    private readonly ServiceLevelOptions _options;
    private readonly HashSet<Priority> _roundTheClock;

    public SlaClock(IOptions<ServiceLevelOptions> options)
    {
        _options = options.Value;
        var (calendar, errors) = BusinessCalendar.Create(_options.BusinessHours);
        Business = calendar ?? throw new InvalidOperationException(string.Join(" ", errors));
        _roundTheClock = [.. _options.RoundTheClockPriorities.Select(p => Enum.Parse<Priority>(p, ignoreCase: true))];
    }

    public BusinessCalendar Business { get; }

    public TimeSpan AutoCloseAfter => TimeSpan.FromDays(_options.AutoCloseDays);

    public TimeSpan Counted(Priority priority, DateTimeOffset from, DateTimeOffset to) => CalendarFor(priority).Elapsed(from, to);

    public ISlaCalendar CalendarFor(Priority priority) => _roundTheClock.Contains(priority) ? RoundTheClockCalendar.Instance : Business;

    public SlaState Start(Priority priority, DateTimeOffset openedAt)
    {
        var state = Due(priority, openedAt, new SlaState(default, default));
        return state with { NextCheckAt = Pending(priority, openedAt, state).Min(m => (DateTimeOffset?)m.At) };
    }

    public SlaState? Update(Ticket before, Ticket after, DateTimeOffset now)
    {
        var state = after.Sla ?? before.Sla;
        var opened = OpenedAt(after);
        if (state is null)
        {
            // An access request has no clock while its approver decides; fulfilment is the service desk's work.
            if (after.Kind != TicketKind.Request || after.Status != TicketStatus.Approved || before.Status == TicketStatus.Approved)
            {
                return null;
            }

            state = Start(after.Priority, opened);
        }

        if (state.RespondedAt is null
            && (after.Assignee is not null || after.Status is TicketStatus.InProgress or TicketStatus.OnHold or TicketStatus.Resolved or TicketStatus.Fulfilled))
        {
            state = state with { RespondedAt = now };
        }

        if (after.Priority != before.Priority)
        {
            state = Recompute(after.Priority, opened, state, now);
        }

        if (IsStopped(before.Status) && after.Status.IsOpen())
        {
            state = Resume(after.Priority, state, before.ResolvedAt ?? before.UpdatedAt, now);
        }

        var pausedAfter = after.Status == TicketStatus.OnHold && after.OnHoldReason == OnHoldReason.AwaitingRequester;
        if (pausedAfter && state.PausedSince is null)
        {
            state = state with { PausedSince = now };
        }
        else if (!pausedAfter && state.PausedSince is { } since)
        {
            state = Resume(after.Priority, state with { PausedSince = null }, since, now);
        }

        return state with { NextCheckAt = NextCheck(after, state, now) };
    }

    /// <summary>The notices due at <paramref name="now"/> and not sent yet, earliest first.</summary>
    public IReadOnlyList<SlaMilestone> DueNotices(Ticket ticket, DateTimeOffset now) =>
        ticket.Sla is { } state && ticket.Status.IsOpen()
            ? [.. Pending(ticket.Priority, OpenedAt(ticket), state).Where(m => m.At <= now).OrderBy(m => m.At)]
            : [];

    /// <summary>The clock after <paramref name="notices"/> were sent, with the next time to look.</summary>
    public SlaState Notified(Ticket ticket, SlaNotices notices, DateTimeOffset now)
    {
        var state = WithNotices(ticket.Sla!, ticket.Sla!.Notified | notices);
        return state with { NextCheckAt = NextCheck(ticket, state, now) };
    }

    /// <summary>When the worker must look at <paramref name="ticket"/> with clock <paramref name="state"/>.</summary>
    public DateTimeOffset? NextCheck(Ticket ticket, SlaState state, DateTimeOffset now) => ticket.Status switch
    {
        TicketStatus.Resolved or TicketStatus.Fulfilled => (ticket.ResolvedAt ?? now) + AutoCloseAfter,
        _ when ticket.Status.IsOpen() => Pending(ticket.Priority, OpenedAt(ticket), state).Min(m => (DateTimeOffset?)m.At),
        _ => null,
    };

    public static DateTimeOffset OpenedAt(Ticket ticket) =>
        ticket.Kind == TicketKind.Request && ticket.Access?.DecidedAt is { } approved ? approved : ticket.CreatedAt;

    private static bool IsStopped(TicketStatus status) => status is TicketStatus.Resolved or TicketStatus.Fulfilled;

    private SlaState Due(Priority priority, DateTimeOffset opened, SlaState state)
    {
        var (calendar, target) = (CalendarFor(priority), _options.For(priority));
        return state with
        {
            ResponseDue = calendar.Add(opened, TimeSpan.FromMinutes(target.ResponseMinutes)),
            ResolutionDue = calendar.Add(opened, TimeSpan.FromMinutes(target.ResolutionMinutes) + state.PausedTotal),
        };
    }

    private SlaState Recompute(Priority priority, DateTimeOffset opened, SlaState state, DateTimeOffset now)
    {
        var fresh = Due(priority, opened, state);
        var kept = Milestones(priority, opened, fresh)
            .Where(m => m.At <= now && state.Notified.HasFlag(m.Notice))
            .Aggregate(SlaNotices.None, (all, m) => all | m.Notice);
        return WithNotices(fresh, kept);
    }

    private SlaState Resume(Priority priority, SlaState state, DateTimeOffset since, DateTimeOffset now)
    {
        if (since >= state.ResolutionDue || now <= since)
        {
            return state;
        }

        var calendar = CalendarFor(priority);
        var left = calendar.Elapsed(since, state.ResolutionDue);
        return state with { PausedTotal = state.PausedTotal + calendar.Elapsed(since, now), ResolutionDue = calendar.Add(now, left) };
    }

    private IEnumerable<SlaMilestone> Pending(Priority priority, DateTimeOffset opened, SlaState state) =>
        Milestones(priority, opened, state).Where(m =>
            !state.Notified.HasFlag(m.Notice) && (m.IsResponse ? state.RespondedAt is null : state.PausedSince is null));

    private IEnumerable<SlaMilestone> Milestones(Priority priority, DateTimeOffset opened, SlaState state)
    {
        var (calendar, target) = (CalendarFor(priority), _options.For(priority));
        var share = _options.AtRiskPercent / 100d;
        yield return new(SlaNotices.ResponseAtRisk, calendar.Add(opened, TimeSpan.FromMinutes(target.ResponseMinutes * share)));
        yield return new(SlaNotices.ResponseBreached, state.ResponseDue);
        yield return new(SlaNotices.ResolutionAtRisk, calendar.Add(opened, TimeSpan.FromMinutes(target.ResolutionMinutes * share) + state.PausedTotal));
        yield return new(SlaNotices.ResolutionBreached, state.ResolutionDue);
    }

    private static SlaState WithNotices(SlaState state, SlaNotices notices) => state with
    {
        Notified = notices,
        AtRiskNotified = (notices & (SlaNotices.ResponseAtRisk | SlaNotices.ResolutionAtRisk)) != 0,
        BreachNotified = (notices & (SlaNotices.ResponseBreached | SlaNotices.ResolutionBreached)) != 0,
    };
}
