using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Incidents linked to a major incident, stored with the announcements, on each backend.</summary>
public abstract class MajorIncidentLinkStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketPerson Agent = new("29:agent-1", "aad-agent", "Ana Agent");

    private static MajorIncidentLink Link(long number, int minutes) => new(new TicketNumber(TicketKind.Incident, number), Agent, T0.AddMinutes(minutes));

    [Fact]
    public async Task Links_are_listed_in_the_order_they_were_made_and_per_announcement()
    {
        Assert.True(await Records.Links.AddLinkAsync("MAJ-000001", Link(42, 2), CancellationToken.None));
        Assert.True(await Records.Links.AddLinkAsync("MAJ-000001", Link(7, 5), CancellationToken.None));
        Assert.True(await Records.Links.AddLinkAsync("MAJ-000001", Link(100, 1), CancellationToken.None));
        Assert.True(await Records.Links.AddLinkAsync("MAJ-000002", Link(42, 3), CancellationToken.None));

        var links = await Records.Links.ListLinksAsync("MAJ-000001", CancellationToken.None);

        Assert.Equal(["INC-000100", "INC-000042", "INC-000007"], links.Select(l => l.Ticket.ToString()));
        Assert.Equal(Link(100, 1), links[0]);
        Assert.Single(await Records.Links.ListLinksAsync("MAJ-000002", CancellationToken.None));
        Assert.Empty(await Records.Links.ListLinksAsync("MAJ-000003", CancellationToken.None));
    }

    [Fact]
    public async Task A_ticket_is_linked_once_even_when_agents_click_at_once()
    {
        var added = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Records.Links.AddLinkAsync("MAJ-000001", Link(42, i), CancellationToken.None)));

        Assert.Single(added, a => a);
        Assert.Single(await Records.Links.ListLinksAsync("MAJ-000001", CancellationToken.None));
    }

    [Fact]
    public async Task Links_do_not_disturb_the_announcement_or_its_counts()
    {
        var draft = await Records.Announcements.CreateAsync(
            new AnnouncementContent("VPN", new AnnouncementText("VPN down", "Cannot connect.", "Remote staff."), null, null), Agent, T0, CancellationToken.None);
        await Records.Links.AddLinkAsync(draft.Id, Link(42, 1), CancellationToken.None);

        var read = await Records.Announcements.GetAsync(draft.Id, CancellationToken.None);

        Assert.Equal((draft.Id, AnnouncementCounts.None), (read!.Id, read.Counts));
        Assert.Empty(await Records.Announcements.ListReactorsAsync(draft.Id, AnnouncementReactionKind.Affected, CancellationToken.None));
    }
}

public sealed class SqliteMajorIncidentLinkStoreTests : MajorIncidentLinkStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMajorIncidentLinkStoreTests(AzuriteFixture azurite) : MajorIncidentLinkStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
