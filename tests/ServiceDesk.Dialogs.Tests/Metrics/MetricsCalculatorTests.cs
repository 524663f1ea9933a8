using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>
/// One week of tickets with every figure computed by hand (comments give the arithmetic). The cohort is the incidents
/// created in [Nov 1, Nov 8): A, B, C, D, G; the request E and the incident F (created at the end) are not in it.
/// </summary>
public sealed class MetricsCalculatorTests
{
    private static readonly DateTimeOffset From = At(1, 0);
    private static readonly DateTimeOffset To = At(8, 0);
    private static readonly DateTimeOffset Now = At(10, 0);

    // A: P1, responded after 10 min (due 15), resolved after 180 min (due 240), one agent: first-contact, rated 5.
    private static readonly TicketFacts A = new(
        Ticket("INC-000001", Priority.P1, At(1, 10), TicketStatus.Closed, new SlaState(At(1, 10, 15), At(1, 14), RespondedAt: At(1, 10, 10)), At(1, 13), 5),
        [Event(At(1, 10), Requester, TicketEventKind.Created), Event(At(1, 10, 10), Agent1, TicketEventKind.Assigned), Event(At(1, 13), Agent1, TicketEventKind.Resolved)]);

    // B: P1, no response on the clock: the first assignment (30 min, due 15) counts; resolved after 360 min (due 240);
    // reassigned, so not first-contact; rated 2.
    private static readonly TicketFacts B = new(
        Ticket("INC-000002", Priority.P1, At(2, 8), TicketStatus.Resolved, new SlaState(At(2, 8, 15), At(2, 12)), At(2, 14), 2),
        [
            Event(At(2, 8), Requester, TicketEventKind.Created), Event(At(2, 8, 30), Agent1, TicketEventKind.Assigned),
            Event(At(2, 9), Agent2, TicketEventKind.Assigned), Event(At(2, 14), Agent2, TicketEventKind.Resolved),
        ]);

    // C: P3, responded after 20 min (due 4 h), still in progress.
    private static readonly TicketFacts C = new(
        Ticket("INC-000003", Priority.P3, At(3, 9), TicketStatus.InProgress, new SlaState(At(3, 13), At(6, 9), RespondedAt: At(3, 9, 20))), []);

    // D: P3, responded after 40 min, resolved after 1,440 min (due in 2 days) but reopened once: not first-contact; rated 4.
    private static readonly TicketFacts D = new(
        Ticket("INC-000004", Priority.P3, At(4, 9), TicketStatus.Resolved, new SlaState(At(4, 13), At(6, 9), RespondedAt: At(4, 9, 40)), At(5, 9), 4),
        [Event(At(4, 9, 40), Agent1, TicketEventKind.Assigned), Event(At(4, 18), Agent1, TicketEventKind.Resolved),
         Event(At(4, 19), Requester, TicketEventKind.Reopened), Event(At(5, 9), Agent1, TicketEventKind.Resolved)]);

    // E: a request; F: created exactly at the end of the period; G: P2, no clock, nobody responded yet.
    private static readonly TicketFacts E = new(Ticket("REQ-000001", Priority.P3, At(2, 9), TicketStatus.Closed, resolvedAt: At(2, 10), rating: 1), []);
    private static readonly TicketFacts F = new(Ticket("INC-000006", Priority.P1, To, TicketStatus.Closed, resolvedAt: To.AddHours(1), rating: 1), []);
    private static readonly TicketFacts G = new(Ticket("INC-000007", Priority.P2, At(5, 9)), []);

    private static ServiceMetrics Calculate() => MetricsCalculator.Calculate(
        From, To, Now, [A, B, C, D, E, F, G],
        [C.Ticket, G.Ticket, Ticket("INC-000008", Priority.P1, At(7, 9), TicketStatus.OnHold), Ticket("INC-000009", Priority.P1, At(7, 9), TicketStatus.Resolved)],
        new DeflectionCounts(15, 4));

    [Fact]
    public void Backlog_CountsOpenTicketsByStatusAndPriority()
    {
        var backlog = Calculate().Backlog;

        Assert.Equal(3, backlog.Total);
        Assert.Equal(
            [new BacklogCount(TicketStatus.New, Priority.P2, 1), new BacklogCount(TicketStatus.InProgress, Priority.P3, 1), new BacklogCount(TicketStatus.OnHold, Priority.P1, 1)],
            backlog.Counts);
    }

    [Fact]
    public void MttaAndMttr_AreMeansPerPriority_OverTheIncidentsCreatedInThePeriod()
    {
        var metrics = Calculate();

        Assert.Equal(5, metrics.IncidentsCreated);
        // P1: (10 + 30) / 2 = 20 min to respond, (180 + 360) / 2 = 270 min to resolve.
        Assert.Equal(new PriorityTimes(Priority.P1, 2, 2, 20, 2, 270), metrics.ByPriority.Single(p => p.Priority == Priority.P1));
        Assert.Equal(new PriorityTimes(Priority.P2, 1, 0, null, 0, null), metrics.ByPriority.Single(p => p.Priority == Priority.P2));
        // P3: (20 + 40) / 2 = 30 min; only D resolved: 1,440 min.
        Assert.Equal(new PriorityTimes(Priority.P3, 2, 2, 30, 1, 1440), metrics.ByPriority.Single(p => p.Priority == Priority.P3));
        Assert.Equal(new PriorityTimes(Priority.P5, 0, 0, null, 0, null), metrics.ByPriority.Single(p => p.Priority == Priority.P5));
    }

    [Fact]
    public void SlaCompliance_ComparesResponseAndResolutionWithTheirDueTimes()
    {
        var metrics = Calculate();

        // Response: A, C, D on time, B late (G has no clock): 3 of 4.
        Assert.Equal(new Rate(3, 4), metrics.ResponseSla);
        Assert.Equal(75.0, metrics.ResponseSla.Percent);
        // Resolution: A and D on time, B late: 2 of 3.
        Assert.Equal(new Rate(2, 3), metrics.ResolutionSla);
        Assert.Equal(66.7, metrics.ResolutionSla.Percent);
    }

    [Fact]
    public void FirstContactResolution_IsResolvedWithoutReopeningOrReassignment()
    {
        var rate = Calculate().FirstContactResolution;

        // Resolved: A (yes), B (reassigned), D (reopened).
        Assert.Equal(new Rate(1, 3), rate);
        Assert.Equal(33.3, rate.Percent);
    }

    [Fact]
    public void Deflection_IsHelpfulAnswersOverHelpfulAnswersPlusIncidents()
    {
        var deflection = Calculate().Deflection;

        // 15 / (15 + 5) = 75 %.
        Assert.Equal(new DeflectionRate(15, 4, 5), deflection);
        Assert.Equal(75.0, deflection.Percent);
    }

    [Fact]
    public void Csat_AveragesTheRatingsAndCountsTheSatisfied()
    {
        // A 5, B 2, D 4: (5 + 2 + 4) / 3 = 3.67; 4 and 5: 2 of 3 = 66.7 %.
        Assert.Equal(new Csat(3, 3.67, 66.7), Calculate().Csat);
    }

    [Fact]
    public void EmptyPeriod_HasNoPercentagesRatherThanZeroes()
    {
        var metrics = MetricsCalculator.Calculate(From, To, Now, [], [], DeflectionCounts.None);

        Assert.Equal(0, metrics.IncidentsCreated);
        Assert.Null(metrics.ResponseSla.Percent);
        Assert.Null(metrics.FirstContactResolution.Percent);
        Assert.Null(metrics.Deflection.Percent);
        Assert.Equal(new Csat(0, null, null), metrics.Csat);
        Assert.Equal(0, metrics.Backlog.Total);
    }
}
