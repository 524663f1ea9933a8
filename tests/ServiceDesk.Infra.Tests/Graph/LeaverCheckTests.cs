using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Infra.Tests.Graph.FakeGraph;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>
/// The leavers check against the fake Graph's users delta query: a request fulfilled by the service desk, then its
/// requester's account disabled or deleted.
/// </summary>
public sealed class LeaverCheckTests
{
    private static readonly TicketPerson Owner = new("29:owner", Marie, "Marie");

    /// <summary>Jean's CRM access granted through Graph, and the first read of the directory done (it only records the link).</summary>
    private static async Task<(FulfilmentHarness H, Ticket Ticket)> GrantedAsync(IReadOnlyList<TicketPerson>? approvers = null)
    {
        var h = await FulfilmentHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var ticket = await h.RunAsync(await h.ApprovedAsync(approvers: approvers));
        Assert.Equal(TicketStatus.Fulfilled, ticket.Status);
        h.Graph.DeltaRead("d1", [EnabledUser(Jean), EnabledUser(Paul)], [DisabledUser(Claire)]);
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        return (h, ticket);
    }

    [Fact]
    public async Task FirstRead_FollowsEveryPage_AndOnlyRecordsTheLink()
    {
        var (h, _) = await GrantedAsync();
        await using var _h = h;

        Assert.Equal(2, h.Graph.Count(DeltaPath));
        Assert.Contains(h.Graph.Requests, r => r.PathAndQuery.Contains("select=id,accountEnabled", StringComparison.Ordinal) && r.Authorized);
        Assert.Contains(h.Graph.Requests, r => r.PathAndQuery.Contains("$skiptoken=d1-page2", StringComparison.Ordinal));
        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task DisabledRequester_AccessRemoved_RecordedOnTheHistory_AndTheOwnerTold()
    {
        var (h, ticket) = await GrantedAsync([Owner]);
        await using var _h = h;
        h.Graph.DeltaRead("d2", [RemovedUser(Paul)], [DisabledUser(Jean)]);

        Assert.Equal(1, await h.Leavers.RunOnceAsync(default));
        var stored = await h.RunAsync(ticket);

        Assert.Contains(h.Graph.Requests, r => r.PathAndQuery.Contains("$deltatoken=d1", StringComparison.Ordinal));
        Assert.Empty(h.Graph.GroupMembers[Group]);
        var last = (await h.Tickets.GetHistoryAsync(ticket.Number, default))[^1];
        Assert.Equal(FulfilmentRecords.Actor.Id, last.Actor.Id);
        Assert.Contains("left the organisation", last.Text, StringComparison.Ordinal);
        Assert.Contains(new FieldChange("access", "granted", "removed"), last.Changes);
        Assert.Contains("Jean left the organisation", await h.SentAsync(stored, "leaver-owner-0"), StringComparison.Ordinal);
        Assert.Null(await h.SentAsync(stored, "fulfilment"));
        Assert.Equal(MembershipJobStatus.Done, (await h.Jobs.GetAsync($"{ticket.Number}/leaver", default))!.Status);
    }

    [Fact]
    public async Task DeletedRequester_WithNoApprover_TheAgentsAreToldInTheThread()
    {
        var (h, ticket) = await GrantedAsync();
        await using var _h = h;
        h.Graph.DeltaRead("d2", [RemovedUser(Jean)]);

        Assert.Equal(1, await h.Leavers.RunOnceAsync(default));
        var stored = await h.RunAsync(ticket);

        Assert.Empty(h.Graph.GroupMembers[Group]);
        Assert.Contains("Jean left the organisation", await h.SentAsync(stored, "fulfilment-thread"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameLeaverReadAgain_MakesNothingNew()
    {
        var (h, ticket) = await GrantedAsync([Owner]);
        await using var _h = h;
        h.Graph.DeltaRead("d2", [DisabledUser(Jean)]);
        Assert.Equal(1, await h.Leavers.RunOnceAsync(default));
        await h.RunAsync(ticket);
        var events = (await h.Tickets.GetHistoryAsync(ticket.Number, default)).Count;

        // Read again after the job ran: another instance reading the same changes, then a later change of the same account.
        h.Graph.DeltaRead("d3", [DisabledUser(Jean)]);
        h.Graph.DeltaRead("d4", [RemovedUser(Jean)]);
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        await h.RunAsync(ticket);

        Assert.Equal(events, (await h.Tickets.GetHistoryAsync(ticket.Number, default)).Count);
        Assert.Equal(1, h.Graph.Count($"/groups/{Group}/members/{Jean}/$ref"));
    }

    [Fact]
    public async Task AccessAlreadyEnded_IsNotRemovedTwice_AndOtherPeopleKeepTheirs()
    {
        var (h, ticket) = await GrantedAsync();
        await using var _h = h;
        h.Graph.GroupMembers[Group].Remove(Jean);
        await h.Jobs.EnqueueAsync(new MembershipJob($"{ticket.Number}/end", ticket.Number, MembershipChange.Remove, Group, Jean), h.Clock.GetUtcNow(), default);
        await h.RunAsync(ticket);
        h.Graph.DeltaRead("d2", [DisabledUser(Jean), DisabledUser(Paul)]);

        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        Assert.Null(await h.Jobs.GetAsync($"{ticket.Number}/leaver", default));
    }

    [Fact]
    public async Task Forbidden_403_TurnsTheCheckOff_AskingOnce()
    {
        var (h, ticket) = await GrantedAsync();
        await using var _h = h;
        h.Graph.Script(DeltaPath, Forbidden);

        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));

        Assert.Equal(3, h.Graph.Count(DeltaPath));
        Assert.Null(await h.Jobs.GetAsync($"{ticket.Number}/leaver", default));
        Assert.Equal([DirectoryFeature.Leavers], h.Host.Provider.GetRequiredService<GraphPermissions>().Missing);
        Assert.Equal("User.Read.All", GraphPermissionNames.Of(DirectoryFeature.Leavers));
    }

    [Fact]
    public async Task MalformedPage_NoCrash_TheSameChangesAreReadAgainNextTime()
    {
        var (h, ticket) = await GrantedAsync();
        await using var _h = h;
        h.Graph.Script(DeltaPath, new FakeAnswer(200, "{\"value\": [ {\"id\": "));
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        h.Graph.Script(DeltaPath, new FakeAnswer(200, "{\"value\": []}"));
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));

        h.Graph.DeltaRead("d2", [DisabledUser(Jean)]);
        Assert.Equal(1, await h.Leavers.RunOnceAsync(default));

        Assert.Equal(3, h.Graph.Requests.Count(r => r.PathAndQuery.Contains("$deltatoken=d1", StringComparison.Ordinal)));
        Assert.NotNull(await h.Jobs.GetAsync($"{ticket.Number}/leaver", default));
    }

    [Fact]
    public async Task ExpiredLink_410_StartsOver_WithAFirstReadThatOnlyRecordsTheNewLink()
    {
        var (h, ticket) = await GrantedAsync();
        await using var _h = h;
        h.Graph.Script(DeltaPath, Error(410, "syncStateNotFound", "The sync state generation is too old."));
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));

        // Read from the start again: Jean, disabled in between, is among the whole directory and not acted on.
        h.Graph.DeltaRead("e1", [DisabledUser(Jean)]);
        Assert.Equal(0, await h.Leavers.RunOnceAsync(default));
        Assert.Null(await h.Jobs.GetAsync($"{ticket.Number}/leaver", default));
        h.Graph.DeltaRead("e2", [DisabledUser(Jean)]);
        Assert.Equal(1, await h.Leavers.RunOnceAsync(default));

        var reads = h.Graph.Requests.Where(r => r.PathAndQuery.StartsWith("/v1.0" + DeltaPath, StringComparison.Ordinal)).Select(r => r.PathAndQuery).ToList();
        var expired = reads.FindIndex(r => r.Contains("$deltatoken=d1", StringComparison.Ordinal));
        Assert.Equal(1, reads.Count(r => r.Contains("$deltatoken=d1", StringComparison.Ordinal)));
        Assert.DoesNotContain("deltatoken", reads[expired + 1], StringComparison.Ordinal);
        Assert.Contains("select=id,accountEnabled", reads[expired + 1], StringComparison.Ordinal);
        Assert.Contains("$deltatoken=e1", reads[expired + 2], StringComparison.Ordinal);
        Assert.NotNull(await h.Jobs.GetAsync($"{ticket.Number}/leaver", default));
    }
}
