using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Announcements and the employees' reactions on the table contract, run against each backend.</summary>
public abstract class AnnouncementStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketPerson Agent = new("29:agent-1", "aad-agent", "Ana Agent");

    private static AnnouncementContent Content(string service = "VPN", string title = "VPN down") => new(
        service,
        new AnnouncementText(title, "The VPN client cannot connect.", "Remote staff cannot reach internal apps."),
        new AnnouncementText("VPN en panne", "Le client VPN ne se connecte pas.", "Le personnel à distance n'accède pas aux applications internes."),
        T0.AddHours(1));

    [Fact]
    public async Task Created_drafts_get_consecutive_ids_and_read_back_as_stored()
    {
        var first = await Records.Announcements.CreateAsync(Content(), Agent, T0, CancellationToken.None);
        var second = await Records.Announcements.CreateAsync(Content("Mail", "Mail slow"), Agent, T0.AddMinutes(1), CancellationToken.None);

        Assert.Equal("MAJ-000001", first.Id);
        Assert.Equal("MAJ-000002", second.Id);
        var read = await Records.Announcements.GetAsync(first.Id, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(first.Content, read.Content);
        Assert.Equal((AnnouncementStatus.Draft, 1, Agent, T0), (read.Status, read.Version, read.Author, read.CreatedAt));
        Assert.Null(await Records.Announcements.GetAsync("MAJ-999999", CancellationToken.None));
        Assert.Null(await Records.Announcements.GetAsync("counter", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_creations_never_share_an_id()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Records.Announcements.CreateAsync(Content(title: "Outage " + i), Agent, T0, CancellationToken.None)));

        Assert.Equal(8, created.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Of_two_publishes_from_the_same_version_one_saves_and_the_other_sees_it_published()
    {
        var draft = await Records.Announcements.CreateAsync(Content(), Agent, T0, CancellationToken.None);
        var mine = AnnouncementRules.Publish(draft, T0.AddMinutes(1)).Announcement;
        var theirs = AnnouncementRules.Publish(draft, T0.AddMinutes(2)).Announcement;

        var first = await Records.Announcements.UpdateAsync(mine, draft.Version, CancellationToken.None);
        var second = await Records.Announcements.UpdateAsync(theirs, draft.Version, CancellationToken.None);

        Assert.Equal(AnnouncementSaveStatus.Saved, first.Status);
        Assert.Equal(AnnouncementSaveStatus.Stale, second.Status);
        Assert.Equal((AnnouncementStatus.Published, 2, T0.AddMinutes(1)), (second.Current!.Status, second.Current.Version, second.Current.PublishedAt));
        // The loser's domain step on what is stored: already published, nothing to broadcast again.
        Assert.Equal(TransitionOutcome.AlreadyDone, AnnouncementRules.Publish(second.Current, T0.AddMinutes(2)).Outcome);
        var missing = draft with { Id = "MAJ-424242" };
        Assert.Equal(AnnouncementSaveStatus.NotFound, (await Records.Announcements.UpdateAsync(missing, 1, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Only_published_announcements_are_active_and_resolving_removes_one()
    {
        var vpn = await PublishAsync(Content("VPN"), T0);
        var mail = await PublishAsync(Content("Mail"), T0.AddMinutes(5));
        await Records.Announcements.CreateAsync(Content("Printing"), Agent, T0, CancellationToken.None);

        Assert.Equal([vpn.Id, mail.Id], (await Records.Announcements.ListActiveAsync(CancellationToken.None)).Select(a => a.Id));

        var resolved = AnnouncementRules.Resolve(vpn, Agent, "Fixed.", null, T0.AddHours(1)).Announcement;
        Assert.Equal(AnnouncementSaveStatus.Saved, (await Records.Announcements.UpdateAsync(resolved, vpn.Version, CancellationToken.None)).Status);

        Assert.Equal([mail.Id], (await Records.Announcements.ListActiveAsync(CancellationToken.None)).Select(a => a.Id));
        var stored = await Records.Announcements.GetAsync(vpn.Id, CancellationToken.None);
        Assert.Equal((AnnouncementStatus.Resolved, 3, "Fixed."), (stored!.Status, stored.Version, stored.LatestUpdate!.Text));
    }

    [Fact]
    public async Task Reactions_are_recorded_once_per_employee_and_counted()
    {
        var vpn = await PublishAsync(Content(), T0);
        var employees = Enumerable.Range(0, 20).Select(i => new TicketPerson($"29:employee-{i}/odd#id?", null, "Employee " + i)).ToList();

        // Every employee clicks "I'm affected too" twice at once; half of them also acknowledge.
        var clicks = await Task.WhenAll(employees.Concat(employees).Select(e =>
            Records.Announcements.ReactAsync(vpn.Id, AnnouncementReactionKind.Affected, e, T0.AddMinutes(3), CancellationToken.None)));
        foreach (var e in employees.Take(10))
        {
            await Records.Announcements.ReactAsync(vpn.Id, AnnouncementReactionKind.Acknowledged, e, T0.AddMinutes(4), CancellationToken.None);
        }

        var again = await Records.Announcements.ReactAsync(vpn.Id, AnnouncementReactionKind.Acknowledged, employees[0], T0.AddMinutes(5), CancellationToken.None);

        Assert.Equal(20, clicks.Count(c => c.Recorded));
        Assert.False(again.Recorded);
        Assert.Equal(new AnnouncementCounts(20, 10), again.Counts);
        Assert.Equal(new AnnouncementCounts(20, 10), (await Records.Announcements.GetAsync(vpn.Id, CancellationToken.None))!.Counts);
        Assert.Equal(new AnnouncementCounts(20, 10), (await Records.Announcements.ListActiveAsync(CancellationToken.None)).Single().Counts);
        var affected = await Records.Announcements.ListReactorsAsync(vpn.Id, AnnouncementReactionKind.Affected, CancellationToken.None);
        Assert.Equal(employees.Select(e => e.Id).Order(StringComparer.Ordinal), affected.Select(r => r.Employee.Id).Order(StringComparer.Ordinal));
    }

    private async Task<Announcement> PublishAsync(AnnouncementContent content, DateTimeOffset at)
    {
        var draft = await Records.Announcements.CreateAsync(content, Agent, at, CancellationToken.None);
        var published = AnnouncementRules.Publish(draft, at).Announcement;
        Assert.Equal(AnnouncementSaveStatus.Saved, (await Records.Announcements.UpdateAsync(published, draft.Version, CancellationToken.None)).Status);
        return published;
    }
}

public sealed class SqliteAnnouncementStoreTests : AnnouncementStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAnnouncementStoreTests(AzuriteFixture azurite) : AnnouncementStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
