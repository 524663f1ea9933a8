using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Outbox;
using static ServiceDesk.Infra.Tests.Records.TestTickets;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>Outbox enqueue, claim by lease, completion and parking, run against each backend.</summary>
public abstract class OutboxStoreTests : RecordsTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static OutboxDraft Draft(string key, DateTimeOffset? due = null, string payload = "{}") =>
        new(key, OutboxKind.Send, AgentsChannel, payload, due ?? T0, RecipientUserId: "29:someone");

    [Fact]
    public async Task Enqueue_SameKeyTwice_KeepsTheFirstRecord()
    {
        var first = await Records.Outbox.EnqueueAsync(Draft("k1", payload: "first"), CancellationToken.None);
        var second = await Records.Outbox.EnqueueAsync(Draft("k1", T0.AddHours(1), "second"), CancellationToken.None);

        Assert.Equal("first", second.Draft.Payload);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Single(await Records.Outbox.ClaimDueAsync("w", T0.AddHours(2), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Enqueue_LargePayload_RoundTrips()
    {
        var payload = new string('x', 85_000);
        await Records.Outbox.EnqueueAsync(Draft("big", payload: payload), CancellationToken.None);
        Assert.Equal(payload, (await Records.Outbox.GetAsync("big", CancellationToken.None))!.Draft.Payload);
    }

    [Fact]
    public async Task ClaimDue_TakesOnlyDueRecordsInDueOrderAndLeasesThem()
    {
        await Records.Outbox.EnqueueAsync(Draft("later", T0.AddMinutes(10)), CancellationToken.None);
        await Records.Outbox.EnqueueAsync(Draft("now", T0), CancellationToken.None);

        var claimed = await Records.Outbox.ClaimDueAsync("w1", T0.AddMinutes(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None);

        var record = Assert.Single(claimed);
        Assert.Equal("now", record.IdempotencyKey);
        Assert.Equal(new OutboxLease("w1", T0.AddMinutes(2)), record.Lease);
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddMinutes(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Complete_KeepsActivityIdAndTheRecordIsNotClaimedAgain()
    {
        await Records.Outbox.EnqueueAsync(Draft("k"), CancellationToken.None);
        var claimed = Assert.Single(await Records.Outbox.ClaimDueAsync("w", T0, TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.CompleteAsync(claimed, "1:activity", "19:thread", CancellationToken.None));

        var stored = await Records.Outbox.GetAsync("k", CancellationToken.None);
        Assert.Equal((OutboxStatus.Delivered, "1:activity", "19:thread"), (stored!.Status, stored.DeliveredActivityId, stored.DeliveredConversationId));
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w", T0.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(OutboxStatus.Delivered, (await Records.Outbox.EnqueueAsync(Draft("k"), CancellationToken.None)).Status);
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w", T0.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
    }

    [Fact]
    public async Task ExpiredLease_IsReclaimedByAnotherWorker_AndTheFirstWorkerLosesIt()
    {
        await Records.Outbox.EnqueueAsync(Draft("k"), CancellationToken.None);
        var first = Assert.Single(await Records.Outbox.ClaimDueAsync("w1", T0, TimeSpan.FromSeconds(30), 10, CancellationToken.None));
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(29), TimeSpan.FromSeconds(30), 10, CancellationToken.None));

        var second = Assert.Single(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(31), TimeSpan.FromSeconds(30), 10, CancellationToken.None));

        Assert.Equal("w2", second.Lease!.Owner);
        Assert.Equal(OutboxWriteOutcome.LeaseLost, await Records.Outbox.CompleteAsync(first, "late", null, CancellationToken.None));
        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.CompleteAsync(second, "on-time", null, CancellationToken.None));
        Assert.Equal("on-time", (await Records.Outbox.GetAsync("k", CancellationToken.None))!.DeliveredActivityId);
    }

    [Fact]
    public async Task TwoWorkersClaimingConcurrently_NeverBothHoldARecord()
    {
        for (var i = 0; i < 40; i++)
        {
            await Records.Outbox.EnqueueAsync(Draft("k" + i, T0.AddMilliseconds(i)), CancellationToken.None);
        }

        var holders = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = new[] { "w1", "w2" }.Select(worker => Task.Run(async () =>
        {
            await start.Task;
            for (var round = 0; round < 10; round++)
            {
                foreach (var record in await Records.Outbox.ClaimDueAsync(worker, T0.AddMinutes(1), TimeSpan.FromMinutes(5), 3, CancellationToken.None))
                {
                    holders.GetOrAdd(record.IdempotencyKey, _ => []).Add(worker);
                }
            }
        })).ToArray();
        start.SetResult();
        await WithinAsync(Task.WhenAll(workers).ContinueWith(_ => true, TaskScheduler.Default), 120);
        await Task.WhenAll(workers);

        Assert.All(holders, h => Assert.Single(h.Value));
        Assert.Equal(40, holders.Count);
        Assert.Equal(2, holders.Values.SelectMany(h => h).Distinct().Count());
    }

    [Fact]
    public async Task Reschedule_CountsTheAttemptAndDelaysTheRecord()
    {
        await Records.Outbox.EnqueueAsync(Draft("k"), CancellationToken.None);
        var claimed = Assert.Single(await Records.Outbox.ClaimDueAsync("w", T0, TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.RescheduleAsync(claimed, T0.AddMinutes(5), "429", CancellationToken.None));

        Assert.Empty(await Records.Outbox.ClaimDueAsync("w", T0.AddMinutes(4), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var again = Assert.Single(await Records.Outbox.ClaimDueAsync("w", T0.AddMinutes(5), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal((1, "429"), (again.Attempts, again.LastError));
    }

    [Fact]
    public async Task Release_GivesTheLeaseUpAtOnce_WithoutCountingAnAttempt()
    {
        await Records.Outbox.EnqueueAsync(Draft("k"), CancellationToken.None);
        var claimed = Assert.Single(await Records.Outbox.ClaimDueAsync("w1", T0, TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        await Records.Outbox.RescheduleAsync(claimed, T0, "503", CancellationToken.None);
        claimed = Assert.Single(await Records.Outbox.ClaimDueAsync("w1", T0, TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.ReleaseAsync(claimed, T0.AddSeconds(2), CancellationToken.None));

        // Not before its new due time, then by another worker well within the first one's lease.
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        var again = Assert.Single(await Records.Outbox.ClaimDueAsync("w2", T0.AddSeconds(2), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal((1, "503", "w2"), (again.Attempts, again.LastError, again.Lease?.Owner));
        Assert.Equal(OutboxWriteOutcome.LeaseLost, await Records.Outbox.ReleaseAsync(claimed, T0, CancellationToken.None));
    }

    [Fact]
    public async Task Park_ListFailed_AndRetry_PutItBackInTheQueue()
    {
        await Records.Outbox.EnqueueAsync(Draft("gone"), CancellationToken.None);
        await Records.Outbox.EnqueueAsync(Draft("flaky"), CancellationToken.None);
        foreach (var claimed in await Records.Outbox.ClaimDueAsync("w", T0, TimeSpan.FromMinutes(1), 10, CancellationToken.None))
        {
            var status = claimed.IdempotencyKey == "gone" ? OutboxStatus.Unreachable : OutboxStatus.Failed;
            Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.ParkAsync(claimed, status, "HTTP " + status, CancellationToken.None));
        }

        var failed = await Records.Outbox.ListFailedAsync(10, CancellationToken.None);
        Assert.Equal(["flaky", "gone"], failed.Select(r => r.IdempotencyKey).Order());
        Assert.Empty(await Records.Outbox.ClaimDueAsync("w", T0.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));

        Assert.Equal(OutboxWriteOutcome.Done, await Records.Outbox.RetryAsync("flaky", T0.AddHours(1), CancellationToken.None));
        Assert.Equal(OutboxWriteOutcome.NotFound, await Records.Outbox.RetryAsync("never-enqueued", T0, CancellationToken.None));

        Assert.Equal("gone", Assert.Single(await Records.Outbox.ListFailedAsync(10, CancellationToken.None)).IdempotencyKey);
        var retried = Assert.Single(await Records.Outbox.ClaimDueAsync("w", T0.AddHours(1), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
        Assert.Equal(("flaky", 0, OutboxStatus.Pending), (retried.IdempotencyKey, retried.Attempts, retried.Status));
    }
}
