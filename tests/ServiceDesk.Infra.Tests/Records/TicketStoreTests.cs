using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Every ticket store operation, run against each backend by the concrete classes.</summary>
public abstract class TicketStoreTests : RecordsTestBase
{
    [Fact]
    public async Task Create_AllocatesNumberAndStoresTicketHistoryIndexAndOutbox()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), QueueCard, CancellationToken.None);

        Assert.Equal(TicketKind.Incident, ticket.Number.Kind);
        Assert.Equal(1, ticket.Version);
        Assert.Equal(ticket, await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None));
        var history = await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(TicketEventKind.Created, Assert.Single(history).Kind);
        Assert.Equal(1, history[0].Version);
        Assert.Equal(ticket.Number, Assert.Single((await Records.Tickets.ListByRequesterAsync("29:1employee", 10, null, CancellationToken.None)).Tickets).Number);
        Assert.Equal(ticket.Number, Assert.Single((await Records.Tickets.ListByStatusAsync(TicketStatus.New, 10, null, CancellationToken.None)).Tickets).Number);
        var queued = await Records.Outbox.GetAsync($"{ticket.Number}/v1/queue-card", CancellationToken.None);
        Assert.NotNull(queued);
        Assert.Contains(ticket.Number.ToString(), queued.Draft.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_IncidentsAndRequests_AreNumberedSeparately()
    {
        var incident = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        var request = await Records.Tickets.CreateAsync(Incident() with { Kind = TicketKind.Request }, null, CancellationToken.None);

        Assert.Equal("INC-000001", incident.Number.ToString());
        Assert.Equal("REQ-000001", request.Number.ToString());
    }

    [Fact]
    public async Task Get_UnknownNumber_IsNull() =>
        Assert.Null(await Records.Tickets.GetAsync(TicketNumber.Parse("INC-999999"), CancellationToken.None));

    [Fact]
    public async Task Update_FromCurrentVersion_IncrementsVersionAndAppendsHistory()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        var assigned = ticket with { Status = TicketStatus.InProgress, Assignee = Person("29:agent") };

        var result = await Records.Tickets.UpdateAsync(assigned, Change("29:agent", TicketEventKind.Assigned, null,
            new FieldChange("Assignee", null, "Name 29:agent")), null, CancellationToken.None);

        Assert.Equal(TicketUpdateOutcome.Updated, result.Outcome);
        Assert.Equal(2, result.Ticket!.Version);
        var stored = await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal("29:agent", stored!.Assignee!.Id);
        var history = await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal([TicketEventKind.Created, TicketEventKind.Assigned], history.Select(e => e.Kind));
        Assert.Equal(new FieldChange("Assignee", null, "Name 29:agent"), Assert.Single(history[1].Changes));
    }

    [Fact]
    public async Task Update_FromStaleVersion_IsConflictCarryingTheCurrentTicket()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        await Records.Tickets.UpdateAsync(ticket with { Assignee = Person("29:first") }, Change("29:first", TicketEventKind.Assigned), null, CancellationToken.None);

        var late = await Records.Tickets.UpdateAsync(ticket with { Assignee = Person("29:second") }, Change("29:second", TicketEventKind.Assigned), null, CancellationToken.None);

        Assert.Equal(TicketUpdateOutcome.Conflict, late.Outcome);
        Assert.Equal("29:first", late.Ticket!.Assignee!.Id);
        Assert.Equal(2, late.Ticket.Version);
        Assert.Equal(2, (await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Update_UnknownTicket_IsNotFound()
    {
        var ghost = (await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None)) with { Number = TicketNumber.Parse("INC-555555") };
        var result = await Records.Tickets.UpdateAsync(ghost, Change("29:x", TicketEventKind.Updated), null, CancellationToken.None);
        Assert.Equal(TicketUpdateOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task AppendEvent_AddsCommentInOrderAndBumpsVersion()
    {
        var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
        await Records.Tickets.AppendEventAsync(ticket.Number, Change("29:1employee", TicketEventKind.Comment, "still broken"), null, CancellationToken.None);
        var result = await Records.Tickets.AppendEventAsync(ticket.Number, Change("29:agent", TicketEventKind.InternalNote, "checking logs"), QueueCard, CancellationToken.None);

        Assert.Equal(3, result.Ticket!.Version);
        var history = await Records.Tickets.GetHistoryAsync(ticket.Number, CancellationToken.None);
        Assert.Equal([null, "still broken", "checking logs"], history.Select(e => e.Text));
        Assert.Equal([1L, 2L, 3L], history.Select(e => e.Version));
        Assert.NotNull(await Records.Outbox.GetAsync($"{ticket.Number}/v3/queue-card", CancellationToken.None));
    }

    [Fact]
    public async Task ListByRequester_IsNewestFirstAndPaged()
    {
        var mine = new List<TicketNumber>();
        for (var i = 0; i < 7; i++)
        {
            mine.Add((await Records.Tickets.CreateAsync(Incident("29:me", "mine " + i), null, CancellationToken.None)).Number);
            await Records.Tickets.CreateAsync(Incident("29:someone-else"), null, CancellationToken.None);
        }

        var first = await Records.Tickets.ListByRequesterAsync("29:me", 4, null, CancellationToken.None);
        var second = await Records.Tickets.ListByRequesterAsync("29:me", 4, first.Continuation, CancellationToken.None);

        mine.Reverse();
        Assert.Equal(mine, first.Tickets.Concat(second.Tickets).Select(t => t.Number));
        Assert.Equal(4, first.Tickets.Count);
        Assert.NotNull(first.Continuation);
    }

    [Fact]
    public async Task ListByStatus_FollowsStatusChangesInPriorityThenAgeOrder()
    {
        var low = await Records.Tickets.CreateAsync(Incident(priority: Priority.P4), null, CancellationToken.None);
        var high = await Records.Tickets.CreateAsync(Incident(priority: Priority.P1), null, CancellationToken.None);
        var moved = await Records.Tickets.CreateAsync(Incident(priority: Priority.P2), null, CancellationToken.None);
        await Records.Tickets.UpdateAsync(moved with { Status = TicketStatus.InProgress }, Change("29:agent", TicketEventKind.StatusChanged), null, CancellationToken.None);

        var newQueue = await Records.Tickets.ListByStatusAsync(TicketStatus.New, 10, null, CancellationToken.None);
        var working = await Records.Tickets.ListByStatusAsync(TicketStatus.InProgress, 10, null, CancellationToken.None);

        Assert.Equal([high.Number, low.Number], newQueue.Tickets.Select(t => t.Number));
        Assert.Equal(moved.Number, Assert.Single(working.Tickets).Number);
        Assert.Empty((await Records.Tickets.ListByStatusAsync(TicketStatus.Resolved, 10, null, CancellationToken.None)).Tickets);
    }

    [Fact]
    public async Task ListSlaDue_FindsTicketsWhoseNextCheckIsDueInOrder()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        async Task<Ticket> WithCheckAsync(DateTimeOffset? next)
        {
            var ticket = await Records.Tickets.CreateAsync(Incident(), null, CancellationToken.None);
            var sla = new SlaState(t0.AddHours(4), t0.AddDays(3), NextCheckAt: next);
            return (await Records.Tickets.UpdateAsync(ticket with { Sla = sla }, Change("sla", TicketEventKind.Updated), null, CancellationToken.None)).Ticket!;
        }

        var later = await WithCheckAsync(t0.AddHours(2));
        var soon = await WithCheckAsync(t0.AddMinutes(10));
        await WithCheckAsync(null);
        var rescheduled = await WithCheckAsync(t0.AddMinutes(5));
        await Records.Tickets.UpdateAsync(rescheduled with { Sla = rescheduled.Sla! with { NextCheckAt = t0.AddDays(1) } }, Change("sla", TicketEventKind.SlaAtRisk), null, CancellationToken.None);

        var due = await Records.Tickets.ListSlaDueAsync(t0.AddHours(3), 10, CancellationToken.None);

        Assert.Equal([soon.Number, later.Number], due.Select(t => t.Number));
        Assert.Equal([soon.Number], (await Records.Tickets.ListSlaDueAsync(t0.AddMinutes(10), 10, CancellationToken.None)).Select(t => t.Number));
    }
}
