using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The membership jobs' store (enqueue once, claim under a lease, reschedule, finish), run against each backend.</summary>
public abstract class MembershipJobStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider clock = new(T0);
    private IMembershipJobStore? store;

    private IMembershipJobStore Store => store ??= new TableMembershipJobStore(Tables, clock);

    private static MembershipJob Job(string name = "v3/grant", long sequence = 12) =>
        new($"REQ-{sequence:D6}/{name}", new TicketNumber(TicketKind.Request, sequence), MembershipChange.Add,
            "22222222-0000-0000-0000-000000000001", "11111111-0000-0000-0000-000000000001");

    [Fact]
    public async Task The_same_key_twice_is_one_job_and_the_first_stands()
    {
        var first = await Store.EnqueueAsync(Job(), T0, CancellationToken.None);
        var again = await Store.EnqueueAsync(Job() with { GroupId = "other" }, T0.AddMinutes(1), CancellationToken.None);

        Assert.Equal(first.Job, again.Job);
        Assert.Equal(T0, again.DueAt);
        var claimed = await Store.ClaimDueAsync("w1", T0.AddMinutes(5), LeaseFor, 10, CancellationToken.None);
        Assert.Equal([Job()], claimed.Select(c => c.Job));
    }

    [Fact]
    public async Task A_job_is_claimed_when_due_by_one_worker_until_its_lease_expires()
    {
        await Store.EnqueueAsync(Job(), T0.AddMinutes(10), CancellationToken.None);

        Assert.Empty(await Store.ClaimDueAsync("w1", T0, LeaseFor, 10, CancellationToken.None));
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Store.ClaimDueAsync($"w{i}", T0.AddMinutes(10), LeaseFor, 10, CancellationToken.None)));
        var held = Assert.Single(claims.SelectMany(c => c));
        Assert.Equal(Job(), held.Job);
        Assert.Empty(await Store.ClaimDueAsync("w9", T0.AddMinutes(11), LeaseFor, 10, CancellationToken.None));

        var taken = Assert.Single(await Store.ClaimDueAsync("w9", T0.AddMinutes(13), LeaseFor, 10, CancellationToken.None));
        Assert.Equal("w9", taken.Lease!.Owner);
        Assert.False(await Store.FinishAsync(held, MembershipJobStatus.Done, null, CancellationToken.None));
        Assert.True(await Store.FinishAsync(taken, MembershipJobStatus.Done, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_rescheduled_job_comes_back_at_its_new_time_with_the_try_counted()
    {
        await Store.EnqueueAsync(Job(), T0, CancellationToken.None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", T0, LeaseFor, 10, CancellationToken.None));

        Assert.True(await Store.RescheduleAsync(claimed, T0.AddSeconds(30), attempt: true, "Throttled", CancellationToken.None));

        Assert.Empty(await Store.ClaimDueAsync("w1", T0.AddSeconds(29), LeaseFor, 10, CancellationToken.None));
        var again = Assert.Single(await Store.ClaimDueAsync("w2", T0.AddSeconds(30), LeaseFor, 10, CancellationToken.None));
        Assert.Equal((1, "Throttled"), (again.Attempts, again.LastError));
        Assert.True(await Store.RescheduleAsync(again, T0.AddSeconds(35), attempt: false, null, CancellationToken.None));
        Assert.Equal(1, (await Store.GetAsync(Job().Key, CancellationToken.None))!.Attempts);
    }

    [Fact]
    public async Task A_finished_job_is_never_claimed_again_and_keeps_its_outcome()
    {
        await Store.EnqueueAsync(Job(), T0, CancellationToken.None);
        await Store.EnqueueAsync(Job("end", 13), T0.AddDays(30), CancellationToken.None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", T0, LeaseFor, 10, CancellationToken.None));

        Assert.True(await Store.FinishAsync(claimed, MembershipJobStatus.Parked, "Denied", CancellationToken.None));

        Assert.Empty(await Store.ClaimDueAsync("w1", T0.AddDays(1), LeaseFor, 10, CancellationToken.None));
        var parked = await Store.GetAsync(Job().Key, CancellationToken.None);
        Assert.Equal((MembershipJobStatus.Parked, "Denied", (MembershipJobLease?)null), (parked!.Status, parked.LastError, parked.Lease));
        Assert.Equal("REQ-000013/end", Assert.Single(await Store.ClaimDueAsync("w1", T0.AddDays(30), LeaseFor, 10, CancellationToken.None)).Key);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FinishAsync(parked, MembershipJobStatus.Pending, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_between_a_reschedules_hint_and_its_job_write_leaves_the_job_findable_at_its_new_time()
    {
        await Store.EnqueueAsync(Job(), T0, CancellationToken.None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", T0, LeaseFor, 10, CancellationToken.None));
        var jobs = Tables.GetTable("MembershipJobs");

        // The reschedule's first write: the hint of its new due time, the job itself not yet moved.
        (await jobs.UpsertAsync(new TableEntity(MembershipJobEntity.DuePartition, MembershipJobEntity.DueRow(claimed.Key, T0.AddSeconds(1))))).OrThrow("hint");
        Assert.Empty(await Store.ClaimDueAsync("w2", T0.AddSeconds(2), LeaseFor, 10, CancellationToken.None));
        (await jobs.UpdateAsync(MembershipJobEntity.From(claimed with { DueAt = T0.AddSeconds(1), Lease = null }), claimed.ETag)).OrThrow("job");

        var again = Assert.Single(await Store.ClaimDueAsync("w2", T0.AddSeconds(3), LeaseFor, 10, CancellationToken.None));
        Assert.Equal(("w2", T0.AddSeconds(1)), (again.Lease!.Owner, again.DueAt));
    }

    [Fact]
    public async Task A_hint_ahead_of_its_job_is_kept_while_its_move_may_land_and_removed_when_it_cannot_any_more()
    {
        // A reschedule whose job write failed: its hint is ahead of the job.
        await Store.EnqueueAsync(Job(), T0, CancellationToken.None);
        var jobs = Tables.GetTable("MembershipJobs");
        var ahead = MembershipJobEntity.DueRow(Job().Key, T0.AddMinutes(1));
        (await jobs.UpsertAsync(new TableEntity(MembershipJobEntity.DuePartition, ahead))).OrThrow("hint");

        Assert.Single(await Store.ClaimDueAsync("w1", T0.AddMinutes(2), LeaseFor, 10, CancellationToken.None));
        Assert.True((await jobs.GetAsync(MembershipJobEntity.DuePartition, ahead)).IsOk);

        Assert.Single(await Store.ClaimDueAsync("w2", T0.AddMinutes(10), LeaseFor, 10, CancellationToken.None));
        Assert.False((await jobs.GetAsync(MembershipJobEntity.DuePartition, ahead)).IsOk);
    }

    [Fact]
    public async Task A_claim_between_an_enqueues_hint_and_its_job_keeps_the_hint_with_the_stores_clock_ahead_of_the_servers()
    {
        var ahead = new DateTimeOffset(2099, 1, 1, 9, 0, 0, TimeSpan.Zero);
        clock.SetUtcNow(ahead);
        var job = await EnqueueWithJobNotYetWrittenAsync(ahead);

        Assert.Empty(await Store.ClaimDueAsync("w2", ahead.AddMinutes(1), LeaseFor, 10, CancellationToken.None));
        await LandJobAsync(job);

        var claimed = Assert.Single(await Store.ClaimDueAsync("w2", ahead.AddMinutes(2), LeaseFor, 10, CancellationToken.None));
        Assert.Equal(Job().Key, claimed.Key);
    }

    [Fact]
    public async Task An_orphan_hint_is_kept_while_its_enqueue_may_land_and_removed_when_it_cannot_with_the_stores_clock_behind_the_servers()
    {
        // T0 is days before the machine's date, which stamps the server's Timestamp.
        var job = await EnqueueWithJobNotYetWrittenAsync(T0);
        var hint = MembershipJobEntity.DueRow(job.Key, T0);
        var jobs = Tables.GetTable("MembershipJobs");

        Assert.Empty(await Store.ClaimDueAsync("w2", T0.AddMinutes(1), LeaseFor, 10, CancellationToken.None));
        Assert.True((await jobs.GetAsync(MembershipJobEntity.DuePartition, hint)).IsOk);
        Assert.Empty(await Store.ClaimDueAsync("w2", T0.AddMinutes(10), LeaseFor, 10, CancellationToken.None));
        Assert.False((await jobs.GetAsync(MembershipJobEntity.DuePartition, hint)).IsOk);
    }

    /// <summary>
    /// An enqueue stopped between its two writes: the store writes the hint and the job, then the job is taken away
    /// again, which leaves the table as it is between the two (the hint as the store stamped it, no job yet).
    /// </summary>
    private async Task<MembershipJobRecord> EnqueueWithJobNotYetWrittenAsync(DateTimeOffset dueAt)
    {
        var job = await Store.EnqueueAsync(Job(), dueAt, CancellationToken.None);
        var jobs = Tables.GetTable("MembershipJobs");
        (await jobs.DeleteAsync(MembershipJobEntity.JobPartition, MembershipJobEntity.Row(job.Key), TableEntity.AnyETag)).DeletedOrGone("job");
        return job;
    }

    private async Task LandJobAsync(MembershipJobRecord job) =>
        (await Tables.GetTable("MembershipJobs").AddAsync(MembershipJobEntity.From(job))).OrThrow("job");

    [Fact]
    public async Task Claims_take_at_most_the_batch_earliest_first()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Store.EnqueueAsync(Job("grant", i), T0.AddMinutes(-i), CancellationToken.None);
        }

        var claimed = await Store.ClaimDueAsync("w1", T0, LeaseFor, 3, CancellationToken.None);

        Assert.Equal([5L, 4L, 3L], claimed.Select(c => c.Job.Ticket.Sequence));
        Assert.Equal([2L, 1L], (await Store.ClaimDueAsync("w2", T0, LeaseFor, 3, CancellationToken.None)).Select(c => c.Job.Ticket.Sequence));
    }
}

public sealed class SqliteMembershipJobStoreTests : MembershipJobStoreTests
{
    private readonly SqliteBackend backend = new();

    protected override ITableService Tables => backend.Service;

    protected override void DisposeBackend() => backend.Dispose();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMembershipJobStoreTests(AzuriteFixture azurite) : MembershipJobStoreTests
{
    private readonly ITableService tables = AzuriteBackend.FreshTables(azurite);

    protected override ITableService Tables => tables;
}
