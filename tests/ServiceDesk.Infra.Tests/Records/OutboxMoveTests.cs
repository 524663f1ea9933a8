using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// A record moving to a new due time (rescheduled after a failure, or a parked one retried) while another worker
/// claims: the new due time's hint is written before the record, and a claim that falls between the two writes must
/// not take the hint for a stale one, or the record stays Pending with nothing pointing at it and is never sent. The
/// records' clock is far from the storage server's (behind it, or ahead of it): a hint's age is read on the records'.
/// </summary>
public abstract class OutboxMoveTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset Ahead = new(2099, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly HeldMove held = new();
    private readonly FakeTimeProvider clock = new(T0);

    protected override TimeProvider? Clock => clock;

    protected override ITableService Wrap(ITableService tables) =>
        new OutboxRecordWrites(tables, held.BeforeRecordWriteAsync, held.BeforeRecordAddAsync);

    [Fact]
    public async Task AClaimBetweenAnEnqueueHintAndItsRecord_KeepsTheHint_WithTheRecordsClockAheadOfTheServers()
    {
        clock.SetUtcNow(Ahead);
        var waiting = held.HoldNext();
        var enqueuing = Records.Outbox.EnqueueAsync(new OutboxDraft("k", OutboxKind.Send, AgentsChannel, "{}"), CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", Ahead.AddMinutes(1), Lease, 10, CancellationToken.None));
        held.Release();

        await enqueuing.WaitAsync(TimeSpan.FromSeconds(30));
        var claimed = Assert.Single(await Records.Outbox.ClaimDueAsync("w2", Ahead.AddMinutes(2), Lease, 10, CancellationToken.None));
        Assert.Equal("k", claimed.IdempotencyKey);
    }

    [Fact]
    public async Task AnOrphanHint_IsKeptWhileItsEnqueueMayLand_AndRemovedWhenItCannot_WithTheRecordsClockBehindTheServers()
    {
        var waiting = held.HoldNext();
        var enqueuing = Records.Outbox.EnqueueAsync(new OutboxDraft("k", OutboxKind.Send, AgentsChannel, "{}"), CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(1), Lease, 10, CancellationToken.None));
        Assert.True(await HintExistsAsync("k", T0));
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(10), Lease, 10, CancellationToken.None));
        Assert.False(await HintExistsAsync("k", T0));

        held.Release();
        await enqueuing.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task AClaimBetweenARescheduleHintAndItsRecord_LeavesTheRecordFindableAtItsNewDueTime()
    {
        var claimed = await EnqueueAndClaimAsync("k");
        var waiting = held.HoldNext();
        var rescheduling = Records.Outbox.RescheduleAsync(claimed, T0.AddSeconds(1), "503", CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(2), Lease, 10, CancellationToken.None));
        held.Release();

        Assert.Equal(OutboxWriteOutcome.Done, await rescheduling.WaitAsync(TimeSpan.FromSeconds(30)));
        var again = Assert.Single(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(3), Lease, 10, CancellationToken.None));
        Assert.Equal(("k", 1, "w2"), (again.IdempotencyKey, again.Attempts, again.Lease?.Owner));
    }

    [Fact]
    public async Task AClaimBetweenARetryHintAndItsRecord_LeavesTheRetriedRecordFindable()
    {
        var claimed = await EnqueueAndClaimAsync("k");
        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.ParkAsync(claimed, OutboxStatus.Failed, "503", CancellationToken.None));
        var waiting = held.HoldNext();
        var retrying = Records.Outbox.RetryAsync("k", T0.AddMinutes(1), CancellationToken.None);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(2), Lease, 10, CancellationToken.None));
        held.Release();

        Assert.Equal(OutboxWriteOutcome.Done, await retrying.WaitAsync(TimeSpan.FromSeconds(30)));
        var again = Assert.Single(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(3), Lease, 10, CancellationToken.None));
        Assert.Equal(("k", OutboxStatus.Pending), (again.IdempotencyKey, again.Status));
    }

    [Fact]
    public async Task HintsLeftBehind_AreRemovedByTheNextClaim()
    {
        // A crash after the record's write and before the old hint's removal leaves these behind.
        var moved = await EnqueueAndClaimAsync("moved");
        await Records.Outbox.RescheduleAsync(moved, T0.AddMinutes(10), "503", CancellationToken.None);
        var delivered = await EnqueueAndClaimAsync("delivered");
        await Records.Outbox.CompleteAsync(delivered, "1:sent", null, CancellationToken.None);
        await PutHintAsync("moved", T0);
        await PutHintAsync("delivered", T0);

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(1), Lease, 10, CancellationToken.None));

        Assert.False(await HintExistsAsync("moved", T0));
        Assert.False(await HintExistsAsync("delivered", T0));
        Assert.True(await HintExistsAsync("moved", T0.AddMinutes(10)));
    }

    [Fact]
    public async Task AHintAheadOfItsRecord_IsKeptWhileItsMoveMayLand_AndRemovedWhenItCannotAnyMore()
    {
        // A retry whose record write failed: its hint is ahead of the parked record.
        var claimed = await EnqueueAndClaimAsync("k");
        await Records.Outbox.ParkAsync(claimed, OutboxStatus.Failed, "503", CancellationToken.None);
        await PutHintAsync("k", T0.AddMinutes(1));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(2), Lease, 10, CancellationToken.None));
        Assert.True(await HintExistsAsync("k", T0.AddMinutes(1)));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(10), Lease, 10, CancellationToken.None));
        Assert.False(await HintExistsAsync("k", T0.AddMinutes(1)));
        Assert.Equal(OutboxStatus.Failed, (await Records.Outbox.GetAsync("k", CancellationToken.None))!.Status);
    }

    private async Task<OutboxRecord> EnqueueAndClaimAsync(string key)
    {
        await Records.Outbox.EnqueueAsync(new OutboxDraft(key, OutboxKind.Send, AgentsChannel, "{}", T0), CancellationToken.None);
        var claimed = await Records.Outbox.ClaimDueAsync("w1", T0, Lease, 10, CancellationToken.None);
        return Assert.Single(claimed, r => r.IdempotencyKey == key);
    }

    private async Task PutHintAsync(string key, DateTimeOffset dueAt)
    {
        var hint = OutboxKeys.Due(key, dueAt);
        (await Records.Tables.Outbox.UpsertAsync(new TableEntity(hint.PartitionKey, hint.RowKey) { ["Key"] = key })).OrThrow("test hint");
    }

    private async Task<bool> HintExistsAsync(string key, DateTimeOffset dueAt)
    {
        var hint = OutboxKeys.Due(key, dueAt);
        return (await Records.Tables.Outbox.GetAsync(hint.PartitionKey, hint.RowKey)).IsOk;
    }
}
