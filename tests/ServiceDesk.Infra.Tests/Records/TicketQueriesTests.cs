using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The assignee and creation-date indexes behind <see cref="ITicketQueries"/>, run against each backend.</summary>
public abstract class TicketQueriesTests : RecordsTestBase
{
    private ITicketQueries Queries => Records.Queries;

    [Fact]
    public async Task ByAssignee_ListsTheAgentsTicketsNewestFirst_AndFollowsReassignment()
    {
        var first = await AssignAsync(await CreateAsync("29:a"), "29:agent1");
        var second = await AssignAsync(await CreateAsync("29:b"), "29:agent1");
        var other = await AssignAsync(await CreateAsync("29:c"), "29:agent2");

        Assert.Equal([second.Number, first.Number], await NumbersAsync(new TicketFilter(AssigneeId: "29:agent1")));

        await AssignAsync(first, "29:agent2");

        Assert.Equal([second.Number], await NumbersAsync(new TicketFilter(AssigneeId: "29:agent1")));
        Assert.Equal([other.Number, first.Number], await NumbersAsync(new TicketFilter(AssigneeId: "29:agent2")));
        Assert.Empty(await NumbersAsync(new TicketFilter(AssigneeId: "29:nobody")));
    }

    [Fact]
    public async Task ByCreation_IsTheHalfOpenRange_NewestFirst()
    {
        var t1 = await CreateAsync("29:a");
        var t2 = await CreateAsync("29:b");
        var t3 = await CreateAsync("29:c");

        Assert.Equal([t2.Number], await NumbersAsync(new TicketFilter(CreatedFrom: t2.CreatedAt, CreatedBefore: t3.CreatedAt)));
        Assert.Equal([t3.Number, t2.Number], await NumbersAsync(new TicketFilter(CreatedFrom: t2.CreatedAt)));
        Assert.Equal([t1.Number], await NumbersAsync(new TicketFilter(CreatedBefore: t2.CreatedAt)));
        Assert.Equal([t3.Number, t2.Number, t1.Number], await NumbersAsync(new TicketFilter()));
    }

    [Fact]
    public async Task Filters_Combine_WhicheverIndexIsRead()
    {
        var mine = await CreateAsync("29:me");
        var mineAssigned = await AssignAsync(await CreateAsync("29:me"), "29:agent1");
        await AssignAsync(await CreateAsync("29:you"), "29:agent1");

        Assert.Equal([mineAssigned.Number], await NumbersAsync(new TicketFilter(RequesterId: "29:me", AssigneeId: "29:agent1")));
        Assert.Equal([mine.Number], await NumbersAsync(new TicketFilter(TicketStatus.New, RequesterId: "29:me")));
        Assert.Equal([mineAssigned.Number], await NumbersAsync(new TicketFilter(TicketStatus.InProgress, CreatedFrom: mine.CreatedAt, RequesterId: "29:me")));
        // A finished status with a creation bound reads the creation index.
        Assert.Empty(await NumbersAsync(new TicketFilter(TicketStatus.Closed, CreatedFrom: mine.CreatedAt)));
    }

    [Fact]
    public async Task Pages_FollowTheContinuation_WithoutDuplicates()
    {
        var created = new List<TicketNumber>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await CreateAsync("29:p")).Number);
        }

        var seen = new List<TicketNumber>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = (await WithinAsync(Queries.ListAsync(new TicketFilter(), 2, continuation, CancellationToken.None)))!;
            Assert.True(page.Tickets.Count <= 2);
            seen.AddRange(page.Tickets.Select(t => t.Number));
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(Enumerable.Reverse(created), seen);
    }

    [Fact]
    public async Task A_continuation_the_store_did_not_issue_is_refused_not_a_storage_error()
    {
        await CreateAsync("29:p");

        Assert.Null(await WithinAsync(Queries.ListAsync(new TicketFilter(), 2, "forged-token", CancellationToken.None)));
        Assert.Null(await WithinAsync(Queries.ListAsync(new TicketFilter(AssigneeId: "29:agent"), 2, "r1.!!!", CancellationToken.None)));
    }

    private async Task<List<TicketNumber>> NumbersAsync(TicketFilter filter) =>
        [.. (await WithinAsync(Queries.ListAsync(filter, 50, null, CancellationToken.None)))!.Tickets.Select(t => t.Number)];

    private Task<Ticket> CreateAsync(string requester) => WithinAsync(Records.Tickets.CreateAsync(Incident(requester), null, CancellationToken.None));

    private async Task<Ticket> AssignAsync(Ticket ticket, string agent)
    {
        var current = await Records.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        var result = await Records.Tickets.UpdateAsync(
            current! with { Status = TicketStatus.InProgress, Assignee = Person(agent) }, Change(agent, TicketEventKind.Assigned), null, CancellationToken.None);
        Assert.Equal(TicketUpdateOutcome.Updated, result.Outcome);
        return result.Ticket!;
    }
}
