using Moq;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

public sealed class ApproverSelectionTests
{
    private const string Group = "22222222-0000-0000-0000-000000000001";
    private static readonly DirectoryPerson Jean = new("29:jean", "aad-jean", "Jean Dupont");
    private static readonly DirectoryPerson Marie = new("aad-marie", "aad-marie", "Marie Martin");
    private static readonly DirectoryPerson Paul = new("aad-paul", "aad-paul", "Paul Durand");
    private static readonly DirectoryPerson Lead = new("29:lead", null, "Desk lead");
    private static readonly DirectoryPerson Claire = new("aad-claire", "aad-claire", "Claire Bernard");

    private readonly Mock<IDirectory> directory = new(MockBehavior.Strict);

    private static AccessResource Resource(AccessApproverRule rule, string? groupId = null, string? fallback = null, params string[] owners) =>
        new("sap", AccessResourceKind.Application, new("SAP", "SAP"), new("d", "d"), ["read"], rule, owners, [])
        {
            GroupId = groupId,
            FallbackApprover = fallback,
        };

    private Task<ApproverChoice> ChooseAsync(AccessResource resource) => new ApproverSelection(directory.Object).ForAsync(resource, Jean, default);

    private void Manager(DirectoryLookup lookup) => directory.Setup(d => d.GetManagerAsync(Jean, It.IsAny<CancellationToken>())).ReturnsAsync(lookup);

    private void Person(DirectoryPerson person) =>
        directory.Setup(d => d.FindPersonAsync(person.Id, It.IsAny<CancellationToken>())).ReturnsAsync(DirectoryLookup.Found(person));

    [Fact]
    public async Task ManagerRule_TheManagerTheDirectoryNames_Approves()
    {
        Manager(DirectoryLookup.Found(Marie));

        var choice = await ChooseAsync(Resource(AccessApproverRule.Manager));

        Assert.Equal(["aad-marie"], choice.Approvers.Select(a => a.Id));
        Assert.Null(choice.Routing);
    }

    [Fact]
    public async Task DisabledManager_TheNextOneUpApproves_AndTheRoutingNamesTheDisabledOne()
    {
        Manager(DirectoryLookup.Found(Claire) with { Absent = ApproverAbsence.ManagerDisabled, AbsentPerson = Marie });

        var choice = await ChooseAsync(Resource(AccessApproverRule.Manager));

        Assert.Equal(["aad-claire"], choice.Approvers.Select(a => a.Id));
        Assert.Equal(new ApproverRouting(ApproverAbsence.ManagerDisabled, "Marie Martin"), choice.Routing);
    }

    [Fact]
    public async Task NoManager_TheCataloguesFallbackApproverApproves_BeforeTheDirectorysDefault()
    {
        Manager(DirectoryLookup.Found(Lead) with { Absent = ApproverAbsence.NoManager });
        Person(Paul);

        var choice = await ChooseAsync(Resource(AccessApproverRule.Manager, fallback: "aad-paul"));

        Assert.Equal(["aad-paul"], choice.Approvers.Select(a => a.Id));
        Assert.Equal(ApproverAbsence.NoManager, choice.Routing!.Reason);
    }

    [Fact]
    public async Task NoManagerAndNoFallback_TheDirectorysDefaultApproverApproves_Said()
    {
        Manager(DirectoryLookup.Found(Lead) with { Absent = ApproverAbsence.NoManager });

        var choice = await ChooseAsync(Resource(AccessApproverRule.Manager));

        Assert.Equal(["29:lead"], choice.Approvers.Select(a => a.Id));
        Assert.Equal(ApproverAbsence.NoManager, choice.Routing!.Reason);
    }

    [Fact]
    public async Task NobodyAtAll_NoApprover()
    {
        Manager(DirectoryLookup.NotFound);

        Assert.Empty((await ChooseAsync(Resource(AccessApproverRule.Manager))).Approvers);
    }

    [Fact]
    public async Task OwnersRuleWithAGroup_TheGroupsOwnersApprove_NotTheNamedOnes()
    {
        directory.Setup(d => d.GetGroupOwnersAsync(Group, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DirectoryGroupOwners(DirectoryOutcome.Found, [Marie, Paul]));

        var choice = await ChooseAsync(Resource(AccessApproverRule.Owners, Group, null, "29:named-owner"));

        Assert.Equal(["aad-marie", "aad-paul"], choice.Approvers.Select(a => a.Id));
        Assert.Null(choice.Routing);
    }

    [Fact]
    public async Task GroupWithoutOwners_TheNamedOwnersApprove()
    {
        directory.Setup(d => d.GetGroupOwnersAsync(Group, It.IsAny<CancellationToken>())).ReturnsAsync(DirectoryGroupOwners.NotFound);
        Person(Paul);

        var choice = await ChooseAsync(Resource(AccessApproverRule.Owners, Group, null, "aad-paul"));

        Assert.Equal(["aad-paul"], choice.Approvers.Select(a => a.Id));
    }

    [Fact]
    public async Task GroupWhoseOnlyOwnerIsTheRequester_GoesToTheFallbackApprover_Said()
    {
        directory.Setup(d => d.GetGroupOwnersAsync(Group, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DirectoryGroupOwners(DirectoryOutcome.Found, [Jean]));
        Person(Paul);

        var choice = await ChooseAsync(Resource(AccessApproverRule.Owners, Group, "aad-paul"));

        Assert.Equal(["aad-paul"], choice.Approvers.Select(a => a.Id));
        Assert.Equal(ApproverAbsence.NoOwner, choice.Routing!.Reason);
    }

    [Fact]
    public async Task GroupWithoutOwnerAndNoFallback_TheManagerApproves()
    {
        directory.Setup(d => d.GetGroupOwnersAsync(Group, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DirectoryGroupOwners(DirectoryOutcome.Found, []));
        Manager(DirectoryLookup.Found(Marie));

        var choice = await ChooseAsync(Resource(AccessApproverRule.Owners, Group));

        Assert.Equal(["aad-marie"], choice.Approvers.Select(a => a.Id));
    }

    [Fact]
    public async Task DisabledNamedOwner_IsPassedOver()
    {
        directory.Setup(d => d.FindPersonAsync("aad-marie", It.IsAny<CancellationToken>()))
            .ReturnsAsync(DirectoryLookup.Found(Marie with { Profile = new DirectoryProfile(null, null, null, null, null, AccountEnabled: false) }));
        Person(Paul);

        var choice = await ChooseAsync(Resource(AccessApproverRule.Owners, null, null, "aad-marie", "aad-paul"));

        Assert.Equal(["aad-paul"], choice.Approvers.Select(a => a.Id));
    }

    [Fact]
    public async Task DirectoryUnavailableForTheGroup_IsUnavailable_NotTheManager()
    {
        directory.Setup(d => d.GetGroupOwnersAsync(Group, It.IsAny<CancellationToken>())).ReturnsAsync(DirectoryGroupOwners.Unavailable);

        Assert.Equal(DirectoryOutcome.Unavailable, (await ChooseAsync(Resource(AccessApproverRule.Owners, Group))).Outcome);
    }

    [Fact]
    public async Task FallbackApproverIsTheRequester_NoApprover()
    {
        Manager(DirectoryLookup.NotFound);

        Assert.Empty((await ChooseAsync(Resource(AccessApproverRule.Manager, fallback: "29:jean"))).Approvers);
    }
}
