using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The fan-out's jobs, recipients and counters on the table contract, run against each backend.</summary>
public abstract class FanoutStoreTests : RecordsTestBase
{
    private const string Id = "MAJ-000001";
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private IFanoutStore Store => Records.Fanout;

    [Fact]
    public async Task Starting_a_version_twice_starts_it_once_and_a_newer_version_restarts_the_cursor()
    {
        Assert.True(await Store.StartAsync(Id, 2, CancellationToken.None));
        Assert.False(await Store.StartAsync(Id, 2, CancellationToken.None));
        var job = Assert.Single(await Store.ListOpenAsync(CancellationToken.None));
        var mine = await Store.ClaimAsync(job, "a", T0, Lease, CancellationToken.None);
        var moved = await Store.AdvanceAsync(mine!, "29:u5", false, T0.AddSeconds(60), CancellationToken.None);
        Assert.Equal("29:u5", moved!.Cursor);

        Assert.True(await Store.StartAsync(Id, 3, CancellationToken.None));
        Assert.False(await Store.StartAsync(Id, 2, CancellationToken.None));

        // The holder's next write meets the newer version: it drops its step and reads the job again.
        Assert.Null(await Store.AdvanceAsync(moved, "29:u9", false, T0.AddSeconds(60), CancellationToken.None));
        var restarted = Assert.Single(await Store.ListOpenAsync(CancellationToken.None));
        Assert.Equal((3, (string?)null, "a"), (restarted.Version, restarted.Cursor, restarted.Lease!.Owner));
    }

    [Fact]
    public async Task An_installation_is_counted_once_per_recipient_beside_the_statuses_which_it_leaves_alone()
    {
        await Store.RecordAsync(Id, new("u1", RecipientStatus.Queued, 2, null, null), CancellationToken.None);
        await Store.RecordInstallAsync(Id, "u1", installed: true, CancellationToken.None);
        await Store.RecordInstallAsync(Id, "u1", installed: true, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(2, 8).Select(i => Store.RecordInstallAsync(Id, "u" + i, installed: i % 4 != 0, CancellationToken.None)));
        await Store.RecordInstallAsync(Id, "u4", installed: true, CancellationToken.None);
        await Store.RecordAsync(Id, new("u1", RecipientStatus.Delivered, 2, "act-1", "a:1"), CancellationToken.None);

        var counts = await Store.CountsAsync(Id, CancellationToken.None);

        Assert.Equal((0, 1, 7, 2), (counts.Queued, counts.Delivered, counts.Installed, counts.NotInstalled));
    }

    [Fact]
    public async Task A_live_lease_keeps_other_workers_out_until_it_expires_and_only_one_of_two_claims_wins()
    {
        await Store.StartAsync(Id, 2, CancellationToken.None);
        var job = Assert.Single(await Store.ListOpenAsync(CancellationToken.None));

        var claims = await Task.WhenAll(Store.ClaimAsync(job, "a", T0, Lease, CancellationToken.None), Store.ClaimAsync(job, "b", T0, Lease, CancellationToken.None));
        var winner = Assert.Single(claims, c => c is not null)!;
        var other = winner.Lease!.Owner == "a" ? "b" : "a";
        var seen = Assert.Single(await Store.ListOpenAsync(CancellationToken.None));

        Assert.Null(await Store.ClaimAsync(seen, other, T0.AddSeconds(59), Lease, CancellationToken.None));
        var takenOver = await Store.ClaimAsync(seen, other, T0.AddSeconds(61), Lease, CancellationToken.None);
        Assert.Equal(other, takenOver!.Lease!.Owner);
        Assert.Null(await Store.AdvanceAsync(winner, "29:x", false, T0.AddSeconds(62), CancellationToken.None));

        var done = await Store.AdvanceAsync(takenOver, "29:z", true, T0.AddSeconds(62), CancellationToken.None);
        Assert.True(done!.Done);
        Assert.Empty(await Store.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_resting_job_is_claimed_by_nobody_until_its_rest_ends_unless_a_newer_version_starts()
    {
        await Store.StartAsync(Id, 2, CancellationToken.None);
        var mine = await Store.ClaimAsync(Assert.Single(await Store.ListOpenAsync(CancellationToken.None)), "a", T0, Lease, CancellationToken.None);
        var moved = await Store.AdvanceAsync(mine!, "29:u5", false, T0.AddSeconds(60), CancellationToken.None);

        var resting = await Store.RestAsync(moved!, T0.AddSeconds(30), CancellationToken.None);

        Assert.Equal((true, (string?)null, false), (resting!.Resting, resting.Cursor, resting.Done));
        var seen = Assert.Single(await Store.ListOpenAsync(CancellationToken.None));
        Assert.Null(await Store.ClaimAsync(seen, "a", T0.AddSeconds(29), Lease, CancellationToken.None));
        Assert.NotNull(await Store.ClaimAsync(seen, "b", T0.AddSeconds(31), Lease, CancellationToken.None));

        var again = await Store.ClaimAsync(Assert.Single(await Store.ListOpenAsync(CancellationToken.None)), "b", T0.AddSeconds(31), Lease, CancellationToken.None);
        await Store.RestAsync(again!, T0.AddSeconds(300), CancellationToken.None);
        Assert.True(await Store.StartAsync(Id, 3, CancellationToken.None));
        Assert.NotNull(await Store.ClaimAsync(Assert.Single(await Store.ListOpenAsync(CancellationToken.None)), "a", T0.AddSeconds(32), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task Each_status_is_counted_once_however_often_it_is_reported()
    {
        var users = Enumerable.Range(0, 20).Select(i => $"29:user-{i:D2}").ToList();
        await Task.WhenAll(users.Select(u => Store.RecordAsync(Id, new(u, RecipientStatus.Queued, 2, null, null), CancellationToken.None)));
        await Store.RecordAsync(Id, new(RecipientDelivery.Channel, RecipientStatus.Queued, 2, null, null), CancellationToken.None);
        Assert.Equal(new AnnouncementDelivery(20, 0, 0, 0), await Store.CountsAsync(Id, CancellationToken.None));

        // Delivered twice each (an observer told again after a crash), concurrently; two parked; a late Queued changes nothing.
        await Task.WhenAll(users.Take(15).SelectMany(u => new[]
        {
            Store.RecordAsync(Id, new(u, RecipientStatus.Delivered, 2, "act-" + u, "a:" + u), CancellationToken.None),
            Store.RecordAsync(Id, new(u, RecipientStatus.Delivered, 2, "act-" + u, "a:" + u), CancellationToken.None),
        }));
        await Store.RecordAsync(Id, new(users[15], RecipientStatus.Failed, 2, null, null), CancellationToken.None);
        await Store.RecordAsync(Id, new(users[16], RecipientStatus.Unreachable, 2, null, null), CancellationToken.None);
        await Store.RecordAsync(Id, new(users[16], RecipientStatus.Unreachable, 2, null, null), CancellationToken.None);
        await Store.RecordAsync(Id, new(users[0], RecipientStatus.Queued, 3, null, null), CancellationToken.None);
        await Store.RecordAsync(Id, new(users[0], RecipientStatus.Failed, 3, null, null), CancellationToken.None);

        Assert.Equal(new AnnouncementDelivery(3, 15, 1, 1), await Store.CountsAsync(Id, CancellationToken.None));
        Assert.Equal(new AnnouncementDelivery(0, 0, 0, 0), await Store.CountsAsync("MAJ-000002", CancellationToken.None));
    }

    [Fact]
    public async Task A_recipient_keeps_the_latest_version_and_its_card_and_pages_read_a_range()
    {
        await Store.RecordAsync(Id, new("29:b", RecipientStatus.Delivered, 3, "act-1", "a:b"), CancellationToken.None);
        await Store.RecordAsync(Id, new("29:b", RecipientStatus.Delivered, 2, "act-old", "a:b"), CancellationToken.None);
        await Store.RecordAsync(Id, new("29:b", RecipientStatus.Delivered, 4, null, null), CancellationToken.None);
        foreach (var u in new[] { "29:a", "29:c", "29:d/odd" })
        {
            await Store.RecordAsync(Id, new(u, RecipientStatus.Queued, 2, null, null), CancellationToken.None);
        }

        Assert.Equal(new RecipientDelivery("29:b", RecipientStatus.Delivered, 4, "act-1", "a:b"), await Store.GetRecipientAsync(Id, "29:b", CancellationToken.None));
        Assert.Null(await Store.GetRecipientAsync(Id, "29:zz", CancellationToken.None));
        Assert.Equal(["29:b", "29:c"], (await Store.ListRecipientsAsync(Id, "29:a", "29:c", CancellationToken.None)).Select(r => r.UserId));
        Assert.Equal(["29:a", "29:b", "29:c", "29:d/odd"], (await Store.ListRecipientsAsync(Id, null, "29:e", CancellationToken.None)).Select(r => r.UserId));
    }
}

public sealed class SqliteFanoutStoreTests : FanoutStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteFanoutStoreTests(AzuriteFixture azurite) : FanoutStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
