using ServiceDesk.Dialogs.Ports;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

public sealed class GraphOwnersTests
{
    [Fact]
    public async Task GetGroupOwners_ReadsEveryPageAndKeepsEnabledPeopleOnly()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.OwnersPageSize = 2;
        h.Graph.Add(new FakeUser(Marie, "Marie Martin"), new FakeUser(Claire, "Claire Bernard", Enabled: false), new FakeUser(Paul, "Paul Durand"));
        h.Graph.GroupOwners[Group] = [Marie, App, Claire, Paul];

        var owners = await h.Directory.GetGroupOwnersAsync(Group, default);

        Assert.Equal(DirectoryOutcome.Found, owners.Outcome);
        Assert.Equal([Marie, Paul], owners.Owners.Select(o => o.Id));
        Assert.Equal(2, h.Graph.Count($"/groups/{Group}/owners"));
    }

    [Fact]
    public async Task GetGroupOwners_GroupThatDoesNotExist_IsNotFound()
    {
        await using var h = await GraphHarness.StartAsync();

        Assert.Equal(DirectoryOutcome.NotFound, (await h.Directory.GetGroupOwnersAsync(Group, default)).Outcome);
        Assert.Equal(DirectoryOutcome.NotFound, (await h.Directory.GetGroupOwnersAsync("not-a-group-id", default)).Outcome);
    }

    [Fact]
    public async Task GetGroupOwners_GroupWithoutOwners_IsFoundEmpty()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.GroupOwners[Group] = [];

        var owners = await h.Directory.GetGroupOwnersAsync(Group, default);

        Assert.Equal(DirectoryOutcome.Found, owners.Outcome);
        Assert.Empty(owners.Owners);
    }
}
