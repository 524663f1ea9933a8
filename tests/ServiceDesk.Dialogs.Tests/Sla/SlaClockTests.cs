using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using static ServiceDesk.Dialogs.Tests.Sla.SlaClocks;

namespace ServiceDesk.Dialogs.Tests.Sla;

/// <summary>The clock's rules (see SlaClock's summary): P2 is 30 min / 8 h, P3 4 h / 30 h in Paris business hours; P1 15 min / 4 h round the clock.</summary>
public sealed class SlaClockTests
{
    private readonly SlaClock _clock = Paris9To6();

    [Fact]
    public void Start_P1_CountsEveryMinute_EvenOnSaturdayNight()
    {
        var opened = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

        var sla = _clock.Start(Priority.P1, opened);

        Assert.Equal((opened.AddMinutes(15), opened.AddHours(4)), (sla.ResponseDue, sla.ResolutionDue));
        Assert.Equal(opened.AddMinutes(11.25), sla.NextCheckAt); // response at risk: 75 % of 15 min
    }

    [Fact]
    public void Start_P2_OnFridayEvening_CountsBusinessHoursFromMonday()
    {
        var sla = _clock.Start(Priority.P2, ParisTime(2026, 11, 27, 17, 45));

        Assert.Equal(ParisTime(2026, 11, 30, 8, 15), sla.ResponseDue);
        Assert.Equal(ParisTime(2026, 11, 30, 15, 45), sla.ResolutionDue);
        Assert.Equal(ParisTime(2026, 11, 30, 8, 7).AddSeconds(30), sla.NextCheckAt);
    }

    [Theory]
    [InlineData(3, 13)] // Monday 15:00 CEST
    [InlineData(10, 14)] // Monday 15:00 CET
    public void Start_P2_OverADaylightSavingWeekend_IsDueAtTheSameLocalTime(int month, int utcHour)
    {
        var friday = month == 3 ? 27 : 23;

        var sla = _clock.Start(Priority.P2, ParisTime(2026, month, friday, 17));

        Assert.Equal(new DateTimeOffset(2026, month, friday + 3, utcHour, 0, 0, TimeSpan.Zero), sla.ResolutionDue);
    }

    [Fact]
    public void Update_FirstAssignment_MarksTheResponse_AndLooksAtTheResolutionNext()
    {
        var (before, _) = OpenP2();
        var now = ParisTime(2026, 11, 23, 9, 10);

        var sla = _clock.Update(before, before with { Assignee = Agent }, now)!;

        Assert.Equal(now, sla.RespondedAt);
        Assert.Equal(ParisTime(2026, 11, 23, 15), sla.NextCheckAt); // 75 % of 8 h after 09:00
    }

    [Fact]
    public void Update_StartWorkWithoutAssignee_AlsoCountsAsTheResponse()
    {
        var (before, _) = OpenP2();
        var now = ParisTime(2026, 11, 23, 9, 20);

        Assert.Equal(now, _clock.Update(before, before with { Status = TicketStatus.InProgress }, now)!.RespondedAt);
    }

    [Fact]
    public void Update_OnHoldAwaitingRequester_PausesTheResolutionClock()
    {
        var working = Assigned();
        var now = ParisTime(2026, 11, 23, 11);

        var sla = _clock.Update(working, OnHold(working, OnHoldReason.AwaitingRequester), now)!;

        Assert.Equal(now, sla.PausedSince);
        Assert.Null(sla.NextCheckAt); // responded, and the resolution clock stands still
    }

    [Fact]
    public void Update_OnHoldForAVendor_KeepsTheClockRunning()
    {
        var working = Assigned();

        var sla = _clock.Update(working, OnHold(working, OnHoldReason.Vendor), ParisTime(2026, 11, 23, 11))!;

        Assert.Null(sla.PausedSince);
        Assert.Equal(working.Sla!.ResolutionDue, sla.ResolutionDue);
    }

    [Fact]
    public void Update_Resume_PushesResolutionDueByTheBusinessTimeLeft()
    {
        var paused = PausedAt(ParisTime(2026, 11, 23, 11)); // due Monday 17:00: 6 business hours left

        var sla = _clock.Update(paused, paused with { Status = TicketStatus.InProgress, OnHoldReason = null }, ParisTime(2026, 11, 24, 10))!;

        Assert.Null(sla.PausedSince);
        Assert.Equal(ParisTime(2026, 11, 24, 16), sla.ResolutionDue);
        Assert.Equal(TimeSpan.FromHours(9), sla.PausedTotal); // Monday 11–18, Tuesday 08–10
        Assert.Equal(ParisTime(2026, 11, 24, 14), sla.NextCheckAt); // at risk: 6 h used + 9 h paused after 09:00 Monday
    }

    [Fact]
    public void Update_PauseStartedAfterTheBreach_DoesNotMoveTheDueTime()
    {
        var paused = PausedAt(ParisTime(2026, 11, 23, 17, 30));

        var sla = _clock.Update(paused, paused with { Status = TicketStatus.InProgress, OnHoldReason = null }, ParisTime(2026, 11, 25, 9))!;

        Assert.Equal(ParisTime(2026, 11, 23, 17), sla.ResolutionDue);
        Assert.Equal(TimeSpan.Zero, sla.PausedTotal);
    }

    [Fact]
    public void Update_PriorityChange_RecomputesFromTheOpeningWithThePauses()
    {
        var paused = PausedAt(ParisTime(2026, 11, 23, 11));
        var resumed = paused with { Status = TicketStatus.InProgress, OnHoldReason = null };
        resumed = resumed with { Sla = _clock.Update(paused, resumed, ParisTime(2026, 11, 24, 10)) };

        var sla = _clock.Update(resumed, resumed with { Priority = Priority.P3 }, ParisTime(2026, 11, 24, 11))!;

        Assert.Equal(ParisTime(2026, 11, 23, 13), sla.ResponseDue); // 4 h after opening
        Assert.Equal(ParisTime(2026, 11, 26, 18), sla.ResolutionDue); // 30 h + 9 h paused after Monday 09:00
    }

    [Fact]
    public void Update_PriorityRaisedToRoundTheClock_ClearsNoticesThatAreNowAhead_AndKeepsThePastOnes()
    {
        var (open, _) = OpenP2();
        var notified = open with { Sla = open.Sla! with { Notified = SlaNotices.ResponseAtRisk, AtRiskNotified = true } };
        var now = ParisTime(2026, 11, 23, 9, 5);

        var sla = _clock.Update(notified, notified with { Priority = Priority.P1 }, now)!;

        Assert.Equal(SlaNotices.None, sla.Notified); // P1 at risk comes at 09:11:15
        Assert.False(sla.AtRiskNotified);
        Assert.Equal(ParisTime(2026, 11, 23, 9, 11).AddSeconds(15), sla.NextCheckAt);
    }

    [Fact]
    public void Update_Resolved_StopsTheClock_AndSchedulesTheAutoClose()
    {
        var paused = PausedAt(ParisTime(2026, 11, 23, 11));
        var resolvedAt = ParisTime(2026, 11, 23, 12);

        var sla = _clock.Update(paused, paused with { Status = TicketStatus.Resolved, OnHoldReason = null, ResolvedAt = resolvedAt }, resolvedAt)!;

        Assert.Null(sla.PausedSince);
        Assert.Equal(TimeSpan.FromHours(1), sla.PausedTotal);
        Assert.Equal(resolvedAt.AddDays(3), sla.NextCheckAt);
    }

    [Theory]
    [InlineData(TicketStatus.Closed)]
    [InlineData(TicketStatus.Cancelled)]
    public void Update_ClosedOrCancelled_NeedsNoMoreChecks(TicketStatus status)
    {
        var working = Assigned();

        Assert.Null(_clock.Update(working, working with { Status = status }, ParisTime(2026, 11, 23, 12))!.NextCheckAt);
    }

    [Fact]
    public void Update_Reopened_DoesNotCountTheTimeItWasResolved()
    {
        var working = Assigned();
        var resolved = working with { Status = TicketStatus.Resolved, ResolvedAt = ParisTime(2026, 11, 23, 12) };
        resolved = resolved with { Sla = _clock.Update(working, resolved, ParisTime(2026, 11, 23, 12)) };

        var sla = _clock.Update(resolved, resolved with { Status = TicketStatus.InProgress }, ParisTime(2026, 11, 24, 9))!;

        Assert.Equal(ParisTime(2026, 11, 24, 14), sla.ResolutionDue); // 5 h were left at 12:00 Monday
    }

    [Fact]
    public void Update_AccessRequest_StartsTheClockWhenApproved()
    {
        var approvedAt = ParisTime(2026, 11, 23, 10);
        var request = Incident(Priority.P3, ParisTime(2026, 11, 20, 10), sla: null) with
        {
            Number = new TicketNumber(TicketKind.Request, 45),
            Status = TicketStatus.AwaitingApproval,
            Access = new AccessRequestDetails("crm", "read", "For the quarterly review.", null, ["29:manager"]),
        };

        Assert.Null(_clock.Update(request, request with { Status = TicketStatus.AwaitingApproval }, approvedAt));
        var approved = request with { Status = TicketStatus.Approved, Access = request.Access! with { DecidedAt = approvedAt } };
        var sla = _clock.Update(request, approved, approvedAt)!;

        Assert.Equal(ParisTime(2026, 11, 23, 14), sla.ResponseDue);
    }

    [Fact]
    public void DueNotices_AfterTheResponseAtRiskPoint_ListsIt_AndNotifiedMovesToTheNextOne()
    {
        var (open, _) = OpenP2();
        var now = ParisTime(2026, 11, 23, 9, 25);

        var due = Assert.Single(_clock.DueNotices(open, now));
        var sla = _clock.Notified(open, due.Notice, now);

        Assert.Equal(SlaNotices.ResponseAtRisk, due.Notice);
        Assert.True(sla.AtRiskNotified);
        Assert.False(sla.BreachNotified);
        Assert.Equal(ParisTime(2026, 11, 23, 9, 30), sla.NextCheckAt);
    }

    private (Ticket Ticket, DateTimeOffset Opened) OpenP2()
    {
        var opened = ParisTime(2026, 11, 23, 9);
        return (Incident(Priority.P2, opened, _clock.Start(Priority.P2, opened)), opened);
    }

    private Ticket Assigned()
    {
        var (open, _) = OpenP2();
        var assigned = open with { Assignee = Agent, Status = TicketStatus.InProgress };
        return assigned with { Sla = _clock.Update(open, assigned, ParisTime(2026, 11, 23, 9, 5)) };
    }

    private Ticket PausedAt(DateTimeOffset at)
    {
        var working = Assigned();
        var paused = OnHold(working, OnHoldReason.AwaitingRequester);
        return paused with { Sla = _clock.Update(working, paused, at) };
    }

    private static Ticket OnHold(Ticket ticket, OnHoldReason reason) => ticket with { Status = TicketStatus.OnHold, OnHoldReason = reason };
}
