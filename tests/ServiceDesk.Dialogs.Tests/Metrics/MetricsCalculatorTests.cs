using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>
/// Each figure on a small hand-worked example (the comments give the arithmetic). The period is the week of Monday
/// Nov 2 to Monday Nov 9 (excluded), computed on Tuesday Nov 10 at noon; business hours Mon–Fri 08:00–18:00 UTC.
/// </summary>
public sealed class MetricsCalculatorTests
{
    private static readonly DateTimeOffset From = At(2, 0);
    private static readonly DateTimeOffset To = At(9, 0);
    private static readonly DateTimeOffset Now = At(10, 12);

    // A: P1 (round the clock) opened Mon 10:00, taken by Agent One at 10:10, resolved by them at 13:00, rated 5.
    private static readonly TicketFacts A = new(
        Ticket("INC-000001", Priority.P1, At(2, 10), TicketStatus.Closed, new SlaState(At(2, 10, 15), At(2, 14), RespondedAt: At(2, 10, 10)), At(2, 13), 5, Agent1),
        [Event(At(2, 10), Requester, TicketEventKind.Created), Event(At(2, 10, 10), Agent1, TicketEventKind.Assigned),
         Event(At(2, 13), Agent1, TicketEventKind.Resolved), Event(At(2, 14), Requester, TicketEventKind.Rated)]);

    // B: P3 opened Thu 16:00, taken at 16:30, on hold awaiting the requester Thu 17:00 to Fri 09:00 (120 business
    // minutes paused), resolved Fri 12:00 by the same agent: asked the requester for more, so not first contact.
    private static readonly TicketFacts B = new(
        Ticket("INC-000002", Priority.P3, At(5, 16), TicketStatus.Resolved,
            new SlaState(At(6, 10), At(10, 16), RespondedAt: At(5, 16, 30), PausedTotal: TimeSpan.FromMinutes(120)), At(6, 12), assignee: Agent1),
        [Event(At(5, 16, 30), Agent1, TicketEventKind.Assigned), AwaitingRequester(At(5, 17), Agent1),
         Started(At(6, 9), Agent1), Event(At(6, 12), Agent1, TicketEventKind.Resolved)]);

    // C: P2 opened Tue 09:00; Agent One starts work at 09:05, Agent Two takes it at 10:00 and resolves it at 11:00; rated 4.
    private static readonly TicketFacts C = new(
        Ticket("INC-000003", Priority.P2, At(3, 9), TicketStatus.Closed, new SlaState(At(3, 9, 30), At(3, 17), RespondedAt: At(3, 9, 5)), At(3, 11), 4, Agent2),
        [Started(At(3, 9, 5), Agent1), Event(At(3, 10), Agent2, TicketEventKind.Assigned), Event(At(3, 11), Agent2, TicketEventKind.Resolved),
         Event(At(3, 12), Requester, TicketEventKind.Rated)]);

    // D: P2 opened Wed 09:00, linked to a major incident at 09:10 and resolved with it at 11:00 (the response is that resolution).
    private static readonly TicketFacts D = new(
        Ticket("INC-000004", Priority.P2, At(4, 9), TicketStatus.Resolved, new SlaState(At(4, 9, 30), At(4, 17), RespondedAt: At(4, 11)), At(4, 11), assignee: Agent1),
        [LinkedToMajorIncident(At(4, 9, 10), Agent1), Event(At(4, 11), Agent1, TicketEventKind.Resolved)]);

    // E: P4 opened Mon 09:00, resolved Mon 10:00, rated 1, reopened Tue 09:00 and resolved again Wed 10:00, not rated
    // since: the rating of 1 belongs to the first resolution.
    private static readonly TicketFacts E = new(
        Ticket("INC-000005", Priority.P4, At(2, 9), TicketStatus.Resolved, new SlaState(At(2, 18), At(13, 9), RespondedAt: At(2, 9, 30)), At(4, 10), 1, Agent1),
        [Event(At(2, 9, 30), Agent1, TicketEventKind.Assigned), Event(At(2, 10), Agent1, TicketEventKind.Resolved), Event(At(2, 11), Requester, TicketEventKind.Rated),
         Event(At(3, 9), Requester, TicketEventKind.Reopened), Event(At(4, 10), Agent1, TicketEventKind.Resolved)]);

    // H: P3 opened before the period (Fri Oct 30 17:00), answered Mon 08:30, resolved Mon 09:00: its resolution is in the period.
    private static readonly TicketFacts H = new(
        Ticket("INC-000008", Priority.P3, new DateTimeOffset(2026, 10, 30, 17, 0, 0, TimeSpan.Zero), TicketStatus.Resolved,
            new SlaState(At(2, 11), At(5, 11), RespondedAt: At(2, 8, 30)), At(2, 9), assignee: Agent1),
        [Event(At(2, 8, 30), Agent1, TicketEventKind.Assigned), Event(At(2, 9), Agent1, TicketEventKind.Resolved)]);

    // I: P3 opened in the period (Fri 09:00) but resolved after it (Mon Nov 9 10:00), rated 3.
    private static readonly TicketFacts I = new(
        Ticket("INC-000009", Priority.P3, At(6, 9), TicketStatus.Closed, new SlaState(At(6, 13), At(11, 9), RespondedAt: At(6, 9, 20)), At(9, 10), 3, Agent1),
        [Event(At(6, 9, 20), Agent1, TicketEventKind.Assigned), Event(At(9, 10), Agent1, TicketEventKind.Resolved)]);

    [Fact]
    public void ResponseSla_TwoAnsweredOnTimeAndEightNeverAnswered_Is20PercentNot100()
    {
        var answered = Enumerable.Range(1, 2).Select(i => new TicketFacts(
            Ticket($"INC-{i:000000}", Priority.P1, At(3, 10), TicketStatus.InProgress, new SlaState(At(3, 10, 15), At(3, 14), RespondedAt: At(3, 10, 5))), []));
        var waiting = Enumerable.Range(3, 8).Select(i => new TicketFacts(
            Ticket($"INC-{i:000000}", Priority.P1, At(4, 10), TicketStatus.New, new SlaState(At(4, 10, 15), At(4, 14))), []));

        var metrics = Calculate(From, To, Now, [.. answered, .. waiting]);

        Assert.Equal(new SlaRate(2, 10, 8), metrics.ResponseSla);
        Assert.Equal(20.0, metrics.ResponseSla.Percent);
        Assert.Equal(new SlaRate(2, 10, 8), metrics.ByPriority.Single(p => p.Priority == Priority.P1).ResponseSla);
        // None resolved, all ten past their 14:00 resolution due time: ten open breaches.
        Assert.Equal(new SlaRate(0, 10, 10), metrics.ResolutionSla);
    }

    [Fact]
    public void Sla_TargetsNotDueYet_PausedOnTheRequester_OrCancelledBeforeTheirDueTime_AreNotCounted()
    {
        // Not due until Wednesday Nov 11.
        var notDue = new TicketFacts(Ticket("INC-000011", Priority.P3, At(6, 9), TicketStatus.New, new SlaState(At(11, 9), At(13, 9))), []);
        // Answered on time; waiting for its requester since Wed 10:00, before its Thursday due time: the clock is stopped.
        var paused = new TicketFacts(Ticket("INC-000012", Priority.P3, At(3, 9), TicketStatus.OnHold,
            new SlaState(At(3, 13), At(5, 10), RespondedAt: At(3, 9, 30), PausedSince: At(4, 10))), []);
        // Cancelled at 10:00, before its 13:00 response due time: voided.
        var cancelledEarly = new TicketFacts(Ticket("INC-000013", Priority.P3, At(3, 9), TicketStatus.Cancelled,
            new SlaState(At(3, 13), At(6, 9)), closedAt: At(3, 10)), []);
        // Cancelled at 11:00 without an answer, after its 09:30 response due time: a miss (not open any more).
        var cancelledLate = new TicketFacts(Ticket("INC-000014", Priority.P2, At(3, 9), TicketStatus.Cancelled,
            new SlaState(At(3, 9, 30), At(3, 17)), closedAt: At(3, 11)), []);

        var metrics = Calculate(From, To, Now, [notDue, paused, cancelledEarly, cancelledLate]);

        Assert.Equal(new SlaRate(1, 2, 0), metrics.ResponseSla);
        Assert.Equal(SlaRate.None, metrics.ResolutionSla);
        Assert.Null(metrics.ResolutionSla.Percent);
    }

    [Fact]
    public void Sla_CountsEachTargetInThePeriodItWasSettledIn()
    {
        // Answered before the period (not counted), resolved on time in it (counted).
        var before = new TicketFacts(Ticket("INC-000021", Priority.P2, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero), TicketStatus.Resolved,
            new SlaState(new DateTimeOffset(2026, 10, 30, 9, 30, 0, TimeSpan.Zero), At(3, 12), RespondedAt: new DateTimeOffset(2026, 10, 30, 9, 10, 0, TimeSpan.Zero)), At(3, 10)), []);
        // Answered on time in the period (counted); resolved late after it, missed at its due time Nov 9 09:00 (not counted).
        var after = new TicketFacts(Ticket("INC-000022", Priority.P2, At(6, 9), TicketStatus.Resolved,
            new SlaState(At(6, 9, 30), At(9, 9), RespondedAt: At(6, 9, 20)), At(9, 10)), []);

        var metrics = Calculate(From, To, Now, [before, after]);

        Assert.Equal(new SlaRate(1, 1, 0), metrics.ResponseSla);
        Assert.Equal(new SlaRate(1, 1, 0), metrics.ResolutionSla);
    }

    [Fact]
    public void FirstContactResolution_IsTheFirstTakerResolvingWithoutReassignmentHoldOnTheRequesterReopeningOrMajorIncident()
    {
        // Resolved straight away by Agent Two, with no assignment before: the first person who took it.
        var direct = new TicketFacts(Ticket("INC-000031", Priority.P3, At(3, 9), TicketStatus.Resolved, resolvedAt: At(3, 9, 20), assignee: Agent2),
            [Event(At(3, 9, 20), Agent2, TicketEventKind.Resolved)]);
        // Assigned to Agent Two but resolved by Agent One.
        var someoneElse = new TicketFacts(Ticket("INC-000032", Priority.P3, At(3, 9), TicketStatus.Resolved, resolvedAt: At(3, 11), assignee: Agent2),
            [Event(At(3, 10), Agent2, TicketEventKind.Assigned), Event(At(3, 11), Agent1, TicketEventKind.Resolved)]);

        var rate = Calculate(From, To, Now, [A, B, C, D, E, direct, someoneElse]).FirstContactResolution;

        // Yes: A, direct. No: B (asked the requester), C (started by one, taken by another), D (major incident),
        // E (reopened), someoneElse. 2 of 7.
        Assert.Equal(new Rate(2, 7), rate);
        Assert.Equal(28.6, rate.Percent);
    }

    [Fact]
    public void FirstContactResolution_LeavesOutAnIncidentLinkedToAProblem_ResolvedByItsFirstTaker()
    {
        // Assigned to Agent One, linked to PRB-000003, then resolved by Agent One: one taker, but a shared cause.
        TicketFacts Taken(string number, bool linked) => new(
            Ticket(number, Priority.P3, At(3, 9), TicketStatus.Resolved, resolvedAt: At(3, 11), assignee: Agent1),
            [Event(At(3, 9, 10), Agent1, TicketEventKind.Assigned),
             .. linked ? [new TicketEvent(At(3, 10), Agent1, TicketEventKind.Updated, [new FieldChange("Problem", null, "PRB-000003")])] : Array.Empty<TicketEvent>(),
             Event(At(3, 11), Agent1, TicketEventKind.Resolved)]);

        var rate = Calculate(From, To, Now, [Taken("INC-000041", linked: false), Taken("INC-000042", linked: true)]).FirstContactResolution;

        Assert.Equal(new Rate(1, 2), rate);
        Assert.False(Taken("INC-000042", linked: true).ResolvedAtFirstContact);
    }

    [Fact]
    public void MttaAndMttr_AreMeansOverTheIncidentsResolvedInThePeriod_InBusinessAndWallClockTime()
    {
        var metrics = Calculate(From, To, Now, [A, B, H, I]);

        // Resolved in the period: A, B, H (opened before it); I is resolved after it. Created in it: A, B, I.
        Assert.Equal(3, metrics.IncidentsResolved);
        Assert.Equal(3, metrics.IncidentsCreated);
        // Respond: A 10 (P1, every minute) / 10; B Thu 16:00–16:30 = 30 / 30; H Fri 17:00–18:00 + Mon 08:00–08:30 = 90
        // business, 63.5 h = 3,810 wall. Means: 130 / 3 = 43.3 and 3,850 / 3 = 1,283.3.
        Assert.Equal(new MeanTimes(3, 43.3, 1283.3), metrics.Mtta);
        // Resolve: A 180 / 180; B Thu 16–18 + Fri 08–12 = 360 business less the 120 on hold = 240, 20 h = 1,200 wall;
        // H 60 + 60 = 120 business, 64 h = 3,840 wall. Means: 540 / 3 = 180 and 5,220 / 3 = 1,740.
        Assert.Equal(new MeanTimes(3, 180, 1740), metrics.Mttr);
        var p1 = metrics.ByPriority.Single(p => p.Priority == Priority.P1);
        Assert.Equal((new MeanTimes(1, 10, 10), new MeanTimes(1, 180, 180)), (p1.Mtta, p1.Mttr));
        var p3 = metrics.ByPriority.Single(p => p.Priority == Priority.P3);
        Assert.Equal((2, 2), (p3.Created, p3.Resolved));
        Assert.Equal((new MeanTimes(2, 60, 1920), new MeanTimes(2, 180, 2520)), (p3.Mtta, p3.Mttr));
        Assert.Equal(MeanTimes.None, metrics.ByPriority.Single(p => p.Priority == Priority.P5).Mttr);
    }

    [Fact]
    public void Csat_ReadsOnlyTheRatingOfTheLatestResolution()
    {
        // A 5 and C 4 count; E's 1 was given before it was reopened and resolved again; I is resolved after the period.
        var csat = Calculate(From, To, Now, [A, C, E, I]).Csat;

        Assert.Equal(new Csat(2, 4.5, 100), csat);
    }

    [Fact]
    public void Backlog_CountsOpenTicketsByStatusAndPriority_AndByAge()
    {
        Ticket Open(string number, double daysOld, TicketStatus status = TicketStatus.InProgress, Priority priority = Priority.P3) =>
            Ticket(number, priority, Now.AddDays(-daysOld), status);
        var open = new[]
        {
            Open("INC-000041", 0.5, TicketStatus.New, Priority.P2), Open("INC-000042", 1.9), Open("INC-000043", 2),
            Open("INC-000044", 7.9, TicketStatus.OnHold), Open("INC-000045", 8), Open("REQ-000046", 30.5, TicketStatus.AwaitingApproval),
            Open("INC-000047", 31), Open("INC-000048", 3, TicketStatus.Resolved),
        };

        var backlog = Calculate(From, To, Now, [], open).Backlog;

        Assert.Equal(7, backlog.Total);
        Assert.Equal(
            [new BacklogCount(TicketStatus.New, Priority.P2, 1), new BacklogCount(TicketStatus.AwaitingApproval, Priority.P3, 1),
             new BacklogCount(TicketStatus.InProgress, Priority.P3, 4), new BacklogCount(TicketStatus.OnHold, Priority.P3, 1)],
            backlog.Counts);
        // Whole days old: 0 and 1 | 2 and 7 | 8 and 30 | 31.
        Assert.Equal(new BacklogAgeing(2, 2, 2, 1), backlog.Ageing);
    }

    [Fact]
    public void Deflection_IsHelpfulAnswersOverHelpfulAnswersPlusIncidentsCreated()
    {
        var deflection = Calculate(From, To, Now, [A, B, I], deflections: new DeflectionCounts(9, 4)).Deflection;

        // 9 / (9 + 3) = 75 %.
        Assert.Equal(new DeflectionRate(9, 4, 3), deflection);
        Assert.Equal(75.0, deflection.Percent);
    }

    [Fact]
    public void Deflection_SplitsTheHelpfulAnswersByTheirSource_OverTheSameDenominator()
    {
        var counts = new DeflectionCounts(9, 4) { HelpfulByModel = 3, NotHelpfulByModel = 1 };

        var deflection = Calculate(From, To, Now, [A, B, I], deflections: counts).Deflection;

        // Of 9 helpful answers, 6 articles and 3 model answers, over 9 + 3 incidents: 50 % and 25 %, the 75 % in all.
        Assert.Equal(new DeflectionShare(6, 3, 50.0), deflection.KnowledgeBase);
        Assert.Equal(new DeflectionShare(3, 1, 25.0), deflection.Model);
        Assert.Equal(75.0, deflection.Percent);
    }

    [Fact]
    public void Deflection_WithoutModelAnswers_IsAllTheKnowledgeBases()
    {
        var deflection = Calculate(From, To, Now, [A, B, I], deflections: new DeflectionCounts(9, 4)).Deflection;

        Assert.Equal(new DeflectionShare(9, 4, 75.0), deflection.KnowledgeBase);
        Assert.Equal(new DeflectionShare(0, 0, 0.0), deflection.Model);
    }

    [Fact]
    public void EmptyPeriod_HasNoPercentagesRatherThanZeroes()
    {
        var metrics = Calculate(From, To, Now, []);

        Assert.Equal(0, metrics.IncidentsCreated);
        Assert.Null(metrics.ResponseSla.Percent);
        Assert.Null(metrics.FirstContactResolution.Percent);
        Assert.Null(metrics.Deflection.Percent);
        Assert.Equal(MeanTimes.None, metrics.Mttr);
        Assert.Equal(new Csat(0, null, null), metrics.Csat);
        Assert.Equal(0, metrics.Backlog.Total);
    }
}
