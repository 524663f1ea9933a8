using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>A request approved for an entry that fulfils itself, its job run against the fake Graph: each answer Graph may give.</summary>
public sealed class MembershipJobRunnerTests
{
    private static readonly string MembersRef = $"/groups/{Group}/members/$ref";

    [Fact]
    public async Task Added_204_TheRequestIsFulfilled_AndTheEmployeeToldInTheirLanguage()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.ApprovedAsync();

        var stored = await h.RunAsync(ticket);

        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);
        Assert.Equal(TicketStatus.Fulfilled, stored.Status);
        var last = (await h.Tickets.GetHistoryAsync(ticket.Number, default))[^1];
        Assert.Equal((TicketEventKind.Fulfilled, FulfilmentRecords.Actor.Id), (last.Kind, last.Actor.Id));
        Assert.Contains("vous avez maintenant CRM", await h.SentAsync(stored, "fulfilment"), StringComparison.Ordinal);
        Assert.Equal(MembershipJobStatus.Done, (await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default))!.Status);
    }

    [Fact]
    public async Task AlreadyAMember_400_IsSuccess()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [Jean];
        var ticket = await h.ApprovedAsync();

        var stored = await h.RunAsync(ticket);

        Assert.Equal(TicketStatus.Fulfilled, stored.Status);
        Assert.Equal(1, h.Graph.Count(MembersRef));
        Assert.False(stored.NeedsHuman);
    }

    [Fact]
    public async Task GroupGone_404_GoesToTheAgentsWithTheReason_NeverSilently()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        var ticket = await h.ApprovedAsync();

        var stored = await h.RunAsync(ticket);

        Assert.Equal((TicketStatus.Approved, true), (stored.Status, stored.NeedsHuman));
        Assert.Contains("(404)", await h.SentAsync(stored, "fulfilment-thread"), StringComparison.Ordinal);
        Assert.Contains("automatiquement", await h.SentAsync(stored, "fulfilment"), StringComparison.Ordinal);
        var job = await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default);
        Assert.Equal((MembershipJobStatus.Parked, "NotFound"), (job!.Status, job.LastError));
    }

    [Fact]
    public async Task Forbidden_403_GoesToTheAgentsNamingThePermission()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        h.Graph.Script(MembersRef, FakeGraph.Forbidden);
        var ticket = await h.ApprovedAsync();

        var stored = await h.RunAsync(ticket);

        Assert.True(stored.NeedsHuman);
        Assert.Contains("GroupMember.ReadWrite.All", await h.SentAsync(stored, "fulfilment-thread"), StringComparison.Ordinal);
        Assert.Empty(h.Graph.GroupMembers[Group]);
        Assert.Equal(MembershipJobStatus.Parked, (await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default))!.Status);
    }

    [Fact]
    public async Task Throttled_429_IsTriedAgainAfterGraphsRetryAfter()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var throttled = FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1");
        h.Graph.Script(MembersRef, throttled, throttled, throttled, throttled);
        var ticket = await h.ApprovedAsync();

        var waiting = await h.RunAsync(ticket);

        var job = await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default);
        Assert.Equal((MembershipJobStatus.Pending, 1, FulfilmentHarness.T0.AddSeconds(1)), (job!.Status, job.Attempts, job.DueAt));
        Assert.Equal(TicketStatus.Approved, waiting.Status);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TicketStatus.Fulfilled, (await h.RunAsync(ticket)).Status);
        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task Unavailable_503_IsTriedAgainWithBackoff_ThenSucceeds()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var down = FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable.");
        h.Graph.Script(MembersRef, down, down, down, down);
        var ticket = await h.ApprovedAsync();

        await h.RunAsync(ticket);

        Assert.Equal(FulfilmentHarness.T0.AddSeconds(30), (await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default))!.DueAt);
        h.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(TicketStatus.Approved, (await h.RunAsync(ticket)).Status);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TicketStatus.Fulfilled, (await h.RunAsync(ticket)).Status);
    }

    [Fact]
    public async Task Unavailable_503_PastTheTries_GoesToTheAgents()
    {
        await using var h = await FulfilmentHarness.StartAsync(new() { ["Fulfilment:MaxAttempts"] = "1" });
        h.Graph.GroupMembers[Group] = [];
        var down = FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable.");
        h.Graph.Script(MembersRef, down, down, down, down);
        var ticket = await h.ApprovedAsync();

        var stored = await h.RunAsync(ticket);

        Assert.True(stored.NeedsHuman);
        Assert.Contains("(tries: 1)", await h.SentAsync(stored, "fulfilment-thread"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryThatDidNotOptIn_MakesNoJob_AndGraphIsNotAsked()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.ApprovedAsync("wiki");

        var stored = await h.RunAsync(ticket);

        Assert.Equal(TicketStatus.Approved, stored.Status);
        Assert.Empty(h.Graph.Requests);
        Assert.Null(await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default));
    }

    [Fact]
    public async Task TheSameApprovalStoredTwice_AddsOnce()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.ApprovedAsync();
        await h.Host.Provider.GetService<AccessFulfilment>()!.BeforeApprovalAsync(ticket with { Version = 1 }, default);

        await h.RunAsync(ticket);
        await h.RunAsync(ticket);

        Assert.Equal(1, h.Graph.Count(MembersRef));
    }

    [Fact]
    public async Task AJobWhoseApprovalIsNotStoredYet_Waits_ThenIsDroppedWhenTheRequestIsRejected()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.ApprovedAsync();
        var pending = (await h.Tickets.GetAsync(ticket.Number, default))!;
        await h.Tickets.UpdateAsync(pending with { Status = TicketStatus.AwaitingApproval }, new TicketEvent(FulfilmentHarness.T0, FulfilmentRecords.Actor,
            TicketEventKind.StatusChanged, []), null, default);

        await h.RunAsync(ticket);

        var job = await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default);
        Assert.Equal((MembershipJobStatus.Pending, 0), (job!.Status, job.Attempts));
        Assert.Empty(h.Graph.Requests);
        var waiting = (await h.Tickets.GetAsync(ticket.Number, default))!;
        await h.Tickets.UpdateAsync(waiting with { Status = TicketStatus.Rejected }, new TicketEvent(FulfilmentHarness.T0, FulfilmentRecords.Actor,
            TicketEventKind.Rejected, []), null, default);
        h.Clock.Advance(TimeSpan.FromSeconds(5));
        await h.RunAsync(ticket);

        Assert.Equal(MembershipJobStatus.Cancelled, (await h.Jobs.GetAsync($"{ticket.Number}/v1/grant", default))!.Status);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task ATemporaryAccess_IsToldBeforeItsEnd_ThenRemovedAtTheEndDate()
    {
        await using var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.ApprovedAsync(end: new DateOnly(2026, 12, 20));

        var granted = await h.RunAsync(ticket);
        Assert.Contains("jusqu'au", await h.SentAsync(granted, "fulfilment"), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.Zero), (await h.Jobs.GetAsync($"{ticket.Number}/end", default))!.DueAt);

        h.Clock.Advance(new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.Zero) - h.Clock.GetUtcNow());
        var told = await h.RunAsync(ticket);
        var notice = await h.SentAsync(told, "fulfilment");
        Assert.Contains("prend fin le dimanche 20 décembre 2026", notice, StringComparison.Ordinal);
        Assert.Contains($"\"extends\":\"{ticket.Number}\"", notice, StringComparison.Ordinal); // "Demander une prolongation"
        Assert.Contains("Demander une prolongation", notice, StringComparison.Ordinal);
        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);

        h.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(told.Version, (await h.RunAsync(ticket)).Version);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var removed = await h.RunAsync(ticket);

        Assert.Empty(h.Graph.GroupMembers[Group]);
        Assert.Contains("a pris fin", await h.SentAsync(removed, "fulfilment"), StringComparison.Ordinal);
        var last = (await h.Tickets.GetHistoryAsync(ticket.Number, default))[^1];
        Assert.Equal((TicketEventKind.Updated, FulfilmentRecords.Actor.Id), (last.Kind, last.Actor.Id));
    }
}
