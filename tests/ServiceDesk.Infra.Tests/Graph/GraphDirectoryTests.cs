using ServiceDesk.Dialogs.Ports;
using static ServiceDesk.Infra.Tests.Graph.People;

namespace ServiceDesk.Infra.Tests.Graph;

public sealed class GraphDirectoryTests
{
    [Fact]
    public async Task FindPerson_ByObjectId_ReadsTheProfileFromGraphWithTheAppsToken()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie, Department: "Finance"));

        var found = await h.Directory.FindPersonAsync(Jean, default);

        Assert.Equal(DirectoryOutcome.Found, found.Outcome);
        Assert.Equal("Jean Dupont", found.Person!.Name);
        Assert.Equal(Jean, found.Person.AadObjectId);
        Assert.Equal(new DirectoryProfile("jean.dupont@contoso.example", "Analyst", "Finance", "Paris 3", "fr-FR"), found.Person.Profile);
        var request = Assert.Single(h.Graph.Requests);
        Assert.True(request.Authorized);
        Assert.StartsWith($"/v1.0/users/{Jean}?%24select=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("preferredLanguage", request.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPerson_AskedTwice_IsAnsweredTheSecondTimeFromTheStore()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));

        await h.Directory.FindPersonAsync(Jean, default);
        var again = await h.Directory.FindPersonAsync(Jean.ToUpperInvariant(), default);

        Assert.Equal("Jean Dupont", again.Person!.Name);
        Assert.Equal(1, h.Graph.Count("/users/"));
    }

    [Fact]
    public async Task FindPerson_TeamsIdOnly_IsAnsweredByTheConfiguredDirectoryWithoutAskingGraph()
    {
        await using var h = await GraphHarness.StartAsync();

        var found = await h.Directory.FindPersonAsync("29:desk-lead", default);

        Assert.Equal("Service desk lead", found.Person!.Name);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task FindPerson_UnknownObjectId_IsNotFound()
    {
        await using var h = await GraphHarness.StartAsync();

        Assert.Equal(DirectoryOutcome.NotFound, (await h.Directory.FindPersonAsync(Paul, default)).Outcome);
    }

    [Fact]
    public async Task GetManager_ReturnsTheManagerGraphNames()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin"));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal(DirectoryOutcome.Found, found.Outcome);
        Assert.Equal(Marie, found.Person!.Id);
        Assert.Equal("Marie Martin", found.Person.Name);
        Assert.Null(found.Absent);
        Assert.Equal(1, h.Graph.Count($"/users/{Jean}/manager"));
    }

    [Fact]
    public async Task GetManager_UserWithoutManager_GoesToTheDefaultApproverSaidAsNoManager()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont"));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal("29:desk-lead", found.Person!.Id);
        Assert.Equal(ApproverAbsence.NoManager, found.Absent);
    }

    [Fact]
    public async Task GetManager_DisabledManager_GoesToTheNextManagerUpSaidAsManagerDisabled()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin", Claire, Enabled: false),
            new FakeUser(Claire, "Claire Bernard"));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal(Claire, found.Person!.Id);
        Assert.Equal(ApproverAbsence.ManagerDisabled, found.Absent);
        Assert.Equal(Marie, found.AbsentPerson!.Id);
    }

    [Fact]
    public async Task GetManager_ManagerLoopOfDisabledAccounts_EndsWithTheDefaultApprover()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin", Claire, Enabled: false),
            new FakeUser(Claire, "Claire Bernard", Marie, Enabled: false));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal("29:desk-lead", found.Person!.Id);
        Assert.Equal(ApproverAbsence.NoManager, found.Absent);
        Assert.Equal(3, h.Graph.Count("/users/"));
    }

    [Fact]
    public async Task GetManager_ManagerOfOneself_IsALoopNotAnApprover()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Jean));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal("29:desk-lead", found.Person!.Id);
    }

    [Fact]
    public async Task GetManager_LongChainOfDisabledManagers_StopsAtTheHopLimit()
    {
        await using var h = await GraphHarness.StartAsync(new() { ["Graph:MaxManagerHops"] = "2" });
        h.Graph.Add(new FakeUser(Jean, "Jean Dupont", Marie), new FakeUser(Marie, "Marie Martin", Claire, Enabled: false),
            new FakeUser(Claire, "Claire Bernard", Paul, Enabled: false), new FakeUser(Paul, "Paul Durand"));

        var found = await h.Directory.GetManagerAsync(new DirectoryPerson("29:jean", Jean, "Jean"), default);

        Assert.Equal("29:desk-lead", found.Person!.Id);
        Assert.Equal(2, h.Graph.Count("/users/"));
    }
}
