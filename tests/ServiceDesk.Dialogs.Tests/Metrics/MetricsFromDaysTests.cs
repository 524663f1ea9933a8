using System.Text.Json;
using Moq;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>
/// The reader once the facts are kept by day: the days a period covers whole come from their tallies, its first and
/// last days from their facts cut at the period's instants, the open tickets' targets live; the figures are those
/// <see cref="MetricsCalculator"/> gives from the tickets (the storage tests check the same on a generated desk).
/// </summary>
public sealed class MetricsFromDaysTests
{
    private static readonly DateTimeOffset Now = At(20, 12);
    private readonly Dictionary<TicketNumber, (Ticket Ticket, List<TicketEvent> History)> tickets = [];
    private readonly MemoryMetricDays days;
    private static readonly DeflectionCounts Deflections = new(3, 1) { HelpfulByModel = 1 };
    private readonly MetricsReader reader;

    public MetricsFromDaysTests()
    {
        var queries = new Mock<ITicketQueries>();
        queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) => new TicketPage([.. tickets.Values.Select(t => t.Ticket).Where(f.Matches)], null));
        var store = new Mock<ITicketStore>();
        store.Setup(s => s.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketNumber n, CancellationToken _) => [.. tickets[n].History]);
        var deflections = new Mock<IDeflectionCounts>();
        deflections.Setup(d => d.CountAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(Deflections);
        days = new MemoryMetricDays(() => Facts());
        reader = new MetricsReader(store.Object, queries.Object, deflections.Object, Clock, new FakeTimeProvider(Now), days);

        // Resolved late on the 16th (23:50) with its resolution target due at 00:30 on the 17th: met on the 16th.
        Put(Ticket("INC-000001", Priority.P1, At(16, 20), TicketStatus.Resolved, Sla(At(16, 20), 15, 4.5), resolvedAt: At(16, 23, 50), assignee: Agent1, rating: 5),
            Event(At(16, 20, 5), Agent1, TicketEventKind.Assigned), Event(At(16, 23, 50), Agent1, TicketEventKind.Resolved));
        // Missed its resolution target at 02:00 on the 18th, resolved the 19th after a reopening.
        Put(Ticket("INC-000002", Priority.P2, At(17, 18), TicketStatus.Resolved, Sla(At(17, 18), 30, 8), resolvedAt: At(19, 10), assignee: Agent2),
            Event(At(17, 18, 10), Agent2, TicketEventKind.Assigned), Event(At(17, 19), Agent2, TicketEventKind.Resolved),
            Event(At(17, 21), Requester, TicketEventKind.Reopened), Event(At(19, 10), Agent2, TicketEventKind.Resolved));
        // Linked to a problem: not a first contact.
        Put(Ticket("INC-000003", Priority.P3, At(18, 9), TicketStatus.Resolved, Sla(At(18, 9), 240, 72), resolvedAt: At(18, 11), assignee: Agent1),
            Event(At(18, 9, 30), Agent1, TicketEventKind.Assigned), LinkedToMajorIncident(At(18, 10), Agent1), Event(At(18, 11), Agent1, TicketEventKind.Resolved));
        // Open, never answered: its response target (the 19th at 23:00) is an open breach now.
        Put(Ticket("INC-000004", Priority.P2, At(19, 22, 30), TicketStatus.New, Sla(At(19, 22, 30), 30, 8)), Event(At(19, 22, 30), Requester, TicketEventKind.Created));
    }

    [Theory]
    [InlineData(7 * 24, 0)]
    [InlineData(3 * 24 + 13, 0)]
    [InlineData(24, 30)]
    [InlineData(50, 12)]
    public async Task The_figures_equal_those_of_the_calculator(int hours, int endsHoursAgo)
    {
        var to = Now.AddHours(-endsHoursAgo);
        var from = to.AddHours(-hours);

        var expected = Calculate(from, to, Now, tickets.Values.Select(t => new TicketFacts(t.Ticket, t.History)),
            tickets.Values.Select(t => t.Ticket).Where(t => t.Status.IsOpen()), Deflections);

        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(await reader.ReadAsync(from, to, default)));
    }

    [Fact]
    public async Task Only_the_first_and_last_days_are_read_as_facts_the_days_between_as_tallies()
    {
        var metrics = await reader.ReadAsync(At(13, 12), Now, default);

        Assert.Equal([At(13, 0).Date, At(20, 0).Date], days.FactReads.Select(d => d.ToDateTime(TimeOnly.MinValue)));
        Assert.Equal([(DateOnly.FromDateTime(At(14, 0).Date), DateOnly.FromDateTime(At(19, 0).Date))], days.TallyReads);
        Assert.Equal(3, metrics.IncidentsResolved);
        Assert.Equal(new Rate(1, 3), metrics.FirstContactResolution);
        Assert.Equal(1, metrics.ResponseSla.OpenBreaches);
    }

    private static SlaState Sla(DateTimeOffset created, int responseMinutes, double resolutionHours) =>
        new(created.AddMinutes(responseMinutes), created.AddHours(resolutionHours));

    private IEnumerable<TicketFacts> Facts() => tickets.Values.Select(t => new TicketFacts(t.Ticket, t.History));

    private void Put(Ticket ticket, params TicketEvent[] history) => tickets[ticket.Number] = (ticket, [.. history]);
}
