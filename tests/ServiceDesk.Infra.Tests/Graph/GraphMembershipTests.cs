using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Graph;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

public sealed class GraphMembershipTests
{
    private static IGroupMembership Membership(GraphHarness h) => h.Provider.GetRequiredService<IGroupMembership>();

    [Fact]
    public async Task AddMember_Adds_ThenAgainIsAlreadyDone()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];

        var first = await Membership(h).AddMemberAsync(Group, Jean, default);
        var second = await Membership(h).AddMemberAsync(Group, Jean, default);

        Assert.Equal(MembershipStatus.Done, first.Status);
        Assert.Equal(MembershipStatus.AlreadyDone, second.Status);
        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);
        Assert.All(h.Graph.Requests, r => Assert.Equal(("POST", $"/v1.0/groups/{Group}/members/$ref", true), r));
    }

    [Fact]
    public async Task RemoveMember_Removes_ThenAgainIsAlreadyDone()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [Jean, Marie];

        Assert.Equal(MembershipStatus.Done, (await Membership(h).RemoveMemberAsync(Group, Jean, default)).Status);
        Assert.Equal(MembershipStatus.AlreadyDone, (await Membership(h).RemoveMemberAsync(Group, Jean, default)).Status);
        Assert.Equal([Marie], h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task AddMember_GroupGone_IsNotFound()
    {
        await using var h = await GraphHarness.StartAsync();

        Assert.Equal(MembershipStatus.NotFound, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Equal(MembershipStatus.NotFound, (await Membership(h).AddMemberAsync("not-a-group", Jean, default)).Status);
    }

    [Fact]
    public async Task AddMember_Forbidden_IsDenied_AndTheFeatureIsOff()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        h.Graph.Script($"/groups/{Group}/members/$ref", FakeGraph.Forbidden);

        Assert.Equal(MembershipStatus.Denied, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Equal(MembershipStatus.Denied, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Single(h.Graph.Requests);
        Assert.Equal([DirectoryFeature.GroupMembership], h.Provider.GetRequiredService<GraphPermissions>().Missing);
        Assert.Empty(h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task AddMember_ThrottledOnce_WaitsAndAdds()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        h.Graph.Script($"/groups/{Group}/members/$ref", FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1"));

        Assert.Equal(MembershipStatus.Done, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Equal([Jean], h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task AddMember_ThrottledPastTheRetries_IsThrottledWithGraphsRetryAfter()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var throttled = FakeGraph.Error(429, "TooManyRequests", "Too many requests.", retryAfter: "1");
        h.Graph.Script($"/groups/{Group}/members/$ref", throttled, throttled, throttled, throttled);

        var outcome = await Membership(h).AddMemberAsync(Group, Jean, default);

        Assert.Equal(new MembershipOutcome(MembershipStatus.Throttled, TimeSpan.FromSeconds(1)), outcome);
        Assert.Empty(h.Graph.GroupMembers[Group]);
    }

    [Fact]
    public async Task AddMember_ServiceUnavailableEveryTime_IsFailed_ToBeTriedAgain()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupMembers[Group] = [];
        var down = FakeGraph.Error(503, "serviceNotAvailable", "Service unavailable.");
        h.Graph.Script($"/groups/{Group}/members/$ref", down, down, down, down);

        Assert.Equal(MembershipStatus.Failed, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Equal(4, h.Graph.Count("/groups/"));
    }

    [Fact]
    public async Task GraphOff_IsDenied_WithoutARequest()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:Enabled"] = "false" });

        Assert.Equal(MembershipStatus.Denied, (await Membership(h).AddMemberAsync(Group, Jean, default)).Status);
        Assert.Empty(h.Graph.Requests);
    }
}
