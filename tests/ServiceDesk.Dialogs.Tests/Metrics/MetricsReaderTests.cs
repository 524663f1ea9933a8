using Moq;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Metrics.MetricsTickets;

namespace ServiceDesk.Dialogs.Tests.Metrics;

/// <summary>
/// What the reader keeps between reads: a history is read once per version of its ticket, and a new version (any
/// change, a history event appended included) is read again, so the figures follow every change.
/// </summary>
public sealed class MetricsReaderTests
{
    private static readonly DateTimeOffset Now = At(20, 12);
    private readonly Mock<ITicketQueries> queries = new();
    private readonly Mock<ITicketStore> store = new();
    private readonly Dictionary<TicketNumber, (Ticket Ticket, List<TicketEvent> History)> tickets = [];
    private readonly MetricsReader reader;

    public MetricsReaderTests()
    {
        queries.Setup(q => q.ListAsync(It.IsAny<TicketFilter>(), It.IsAny<int>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketFilter f, int _, string? _, CancellationToken _) => new TicketPage([.. tickets.Values.Select(t => t.Ticket).Where(f.Matches)], null));
        store.Setup(s => s.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TicketNumber n, CancellationToken _) => [.. tickets[n].History]);
        var deflections = new Mock<IDeflectionCounts>();
        deflections.Setup(d => d.CountAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeflectionCounts.None);
        reader = new MetricsReader(store.Object, queries.Object, deflections.Object, Clock, new FakeTimeProvider(Now), NotBuiltDays.Instance);
        Put(Ticket("INC-000001", Priority.P3, At(16, 9), TicketStatus.Resolved, resolvedAt: At(16, 11), assignee: Agent1),
            Event(At(16, 9, 10), Agent1, TicketEventKind.Assigned), Event(At(16, 11), Agent1, TicketEventKind.Resolved));
        Put(Ticket("INC-000002", Priority.P3, At(17, 9), TicketStatus.Resolved, resolvedAt: At(17, 11), assignee: Agent1),
            Event(At(17, 9, 10), Agent1, TicketEventKind.Assigned), Event(At(17, 11), Agent1, TicketEventKind.Resolved));
    }

    [Fact]
    public async Task A_second_read_reads_no_history_again_and_gives_the_same_figures()
    {
        var first = await reader.ReadAsync(At(13, 0), Now, default);
        var second = await reader.ReadAsync(At(13, 0), Now, default);

        store.Verify(s => s.GetHistoryAsync(It.IsAny<TicketNumber>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal(new Rate(2, 2), second.FirstContactResolution);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
    }

    [Fact]
    public async Task A_ticket_changed_since_is_read_again_and_counted_as_it_is_now()
    {
        Assert.Equal(new Rate(2, 2), (await reader.ReadAsync(At(13, 0), Now, default)).FirstContactResolution);

        // Another instance links INC-000002 to a problem: a history event, so a new version of the ticket.
        var (ticket, history) = tickets[TicketNumber.Parse("INC-000002")];
        history.Add(new TicketEvent(At(18, 9), Agent1, TicketEventKind.Updated, [new FieldChange("Problem", null, "PRB-000001")]));
        tickets[ticket.Number] = (ticket with { Version = ticket.Version + 1 }, history);

        Assert.Equal(new Rate(1, 2), (await reader.ReadAsync(At(13, 0), Now, default)).FirstContactResolution);
        store.Verify(s => s.GetHistoryAsync(TicketNumber.Parse("INC-000002"), It.IsAny<CancellationToken>()), Times.Exactly(2));
        store.Verify(s => s.GetHistoryAsync(TicketNumber.Parse("INC-000001"), It.IsAny<CancellationToken>()), Times.Once());
    }

    private void Put(Ticket ticket, params TicketEvent[] history) => tickets[ticket.Number] = (ticket, [.. history]);
}
