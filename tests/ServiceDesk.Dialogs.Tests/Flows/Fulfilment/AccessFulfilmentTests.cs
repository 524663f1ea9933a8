using Moq;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Fulfilment;

/// <summary>The approval's hook: an entry that fulfils itself gets one grant job per approval, stored before the approval.</summary>
public sealed class AccessFulfilmentTests
{
    private const string Group = "22222222-0000-0000-0000-000000000001";

    private readonly InMemoryTicketStore tickets = new();
    private readonly Mock<IMembershipJobStore> jobs = new();
    private readonly List<(MembershipJob Job, DateTimeOffset Due)> enqueued = [];

    public AccessFulfilmentTests()
    {
        tickets.Put(Request());
        jobs.Setup(j => j.EnqueueAsync(It.IsAny<MembershipJob>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback<MembershipJob, DateTimeOffset, CancellationToken>((job, due, _) => enqueued.Add((job, due)))
            .ReturnsAsync((MembershipJob job, DateTimeOffset due, CancellationToken _) =>
                new MembershipJobRecord(job, MembershipJobStatus.Pending, due, due, 0, null, null, "*"));
    }

    private static AccessCatalogue Catalogue(bool autoFulfil)
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].GroupId = Group; // crm
        options.Resources[0].AutoFulfil = autoFulfil;
        return AccessCatalogue.From(options);
    }

    private AccessApprovalHandler Handler(AccessCatalogue catalogue) =>
        new(tickets, new InMemoryUserProfiles(), catalogue, new FakeTimeProvider(Now), Agents.AgentParts.Notifier(tickets),
            new AccessFulfilment(jobs.Object, catalogue, new FakeTimeProvider(Now)));

    [Fact]
    public async Task Approve_AnEntryThatFulfilsItself_StoresItsGrantJob_Once_WhenClickedTwice()
    {
        var handler = Handler(Catalogue(autoFulfil: true));

        await handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);
        await handler.HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        var (job, due) = Assert.Single(enqueued);
        Assert.Equal(new MembershipJob("REQ-000012/v1/grant", Number, MembershipChange.Add, Group, "aad-jean"), job);
        Assert.Equal(Now, due);
    }

    [Fact]
    public async Task Reject_StoresNoJob()
    {
        await Handler(Catalogue(autoFulfil: true)).HandleAsync(
            Click(Marie, "en-US", ApprovalVerbs.Reject, Data(ApprovalVerbs.Reject, comment: "Not this quarter.")), default);

        Assert.Empty(enqueued);
    }

    [Fact]
    public async Task Approve_AnEntryThatDidNotOptIn_StoresNoJob_EvenWithAGroup()
    {
        await Handler(Catalogue(autoFulfil: false)).HandleAsync(Click(Marie, "en-US", ApprovalVerbs.Approve, Data(ApprovalVerbs.Approve)), default);

        Assert.Empty(enqueued);
        Assert.Equal(Dialogs.Tickets.TicketStatus.Approved, (await tickets.GetAsync(Number, default))!.Status);
    }

    [Fact]
    public void AutoFulfil_WithoutAGroup_IsASettingError()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].AutoFulfil = true;

        var error = Assert.Throws<InvalidOperationException>(() => AccessCatalogue.From(options));

        Assert.Contains("Catalogue:Access:Resources:0:AutoFulfil needs GroupId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 90, "ReviewEveryDays needs AutoFulfil")]
    [InlineData(true, -1, "ReviewEveryDays must be between 0")]
    [InlineData(true, 3651, "ReviewEveryDays must be between 0")]
    public void ReviewEveryDays_WithoutAutoFulfilOrOutOfRange_IsASettingError(bool autoFulfil, int days, string expected)
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].GroupId = Group;
        options.Resources[0].AutoFulfil = autoFulfil;
        options.Resources[0].ReviewEveryDays = days;

        var error = Assert.Throws<InvalidOperationException>(() => AccessCatalogue.From(options));

        Assert.Contains($"Catalogue:Access:Resources:0:{expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewEveryDays_OnAnEntryThatFulfilsItself_IsKept()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].GroupId = Group;
        options.Resources[0].AutoFulfil = true;
        options.Resources[0].ReviewEveryDays = 90;

        Assert.Equal(90, AccessCatalogue.From(options).Find("crm")!.ReviewEveryDays);
    }
}
