using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// Waits belong to the worker: Teams' limits may hold a call for half the delivery timeout at most, and the connector
/// makes one attempt per outbox call, so a wait never turns into a timed-out attempt and a 429 pauses the whole tenant.
/// </summary>
public sealed class OutboxGateBudgetTests : IAsyncLifetime
{
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task ARecordTheLimitsWouldHoldPastHalfItsTimeout_IsDeferredWithoutSpendingAnAttempt_ThenDelivered()
    {
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?>
        {
            ["Outbox:DeliveryTimeoutSeconds"] = "3",
            ["Outbox:LeaseSeconds"] = "5",
        });
        // The call takes 1 s; after a 2.5 s wait for the tenant's pause it would end past the 3 s timeout.
        connector.Script("slow-after-pause", new ScriptedReply(200, Delay: TimeSpan.FromSeconds(1)));
        var worker = await harness.StartWorkerAsync();
        await OutboxHarness.WaitUntilAsync(() => Task.FromResult(worker.Cycles >= 1), "the worker's first round (the store is ready)");
        harness.Gate.Pause(OutboxHarness.Tenant, TimeSpan.FromSeconds(2.5));
        await harness.SendAsync(connector, "slow-after-pause");
        harness.Signal.Trigger();

        var delivered = await harness.WaitForStatusAsync("slow-after-pause", OutboxStatus.Delivered, seconds: 30);

        Assert.Equal(0, delivered.Attempts);
        Assert.Null(delivered.LastError);
        Assert.Equal([200], connector.CallsFor("slow-after-pause").Select(c => c.Status));
    }

    [Fact]
    public async Task ADeferredRecord_IsGivenBackForWhenTheLimitsAllow_NotHeldForTheRestOfItsLease()
    {
        // A minute's lease: left to expire, the deferred record would wait a minute.
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?>
        {
            ["Outbox:DeliveryTimeoutSeconds"] = "2",
            ["Outbox:LeaseSeconds"] = "60",
        });
        var worker = await harness.StartWorkerAsync();
        await OutboxHarness.WaitUntilAsync(() => Task.FromResult(worker.Cycles >= 1), "the worker's first round (the store is ready)");
        harness.Gate.Pause(OutboxHarness.Tenant, TimeSpan.FromSeconds(3));
        await harness.SendAsync(connector, "paused-past-budget");
        harness.Signal.Trigger();

        var released = await harness.WaitForAsync("paused-past-budget", r => r.Lease is null && r.Status == OutboxStatus.Pending && r.DueAt > r.CreatedAt, seconds: 10);
        var delivered = await harness.WaitForStatusAsync("paused-past-budget", OutboxStatus.Delivered, seconds: 20);

        Assert.Equal(0, released.Attempts);
        Assert.InRange(released.DueAt - released.CreatedAt, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(4));
        Assert.Equal(0, delivered.Attempts);
        Assert.Single(connector.CallsFor("paused-past-budget"));
    }

    [Fact]
    public async Task A429_WithTheConnectorsDefaultRetries_ReachesTheWorkerAtOnce_WhichPausesTheTenantAndReschedules()
    {
        // The app's defaults: the connector retries other calls (replies) up to 4 times and sleeps Retry-After up to 30 s.
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?>
        {
            ["Connector:MaxAttempts"] = "4",
            ["Connector:MaxRetryAfterSeconds"] = "30",
        });
        connector.Script("throttled-once", new ScriptedReply(429, RetryAfter: "3", Code: "Throttled"));
        await harness.SendAsync(connector, "throttled-once");
        await harness.StartWorkerAsync();

        var rescheduled = await harness.WaitForAsync("throttled-once", r => r.Attempts == 1 || r.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Pending, rescheduled.Status);
        Assert.Contains("Throttled", rescheduled.LastError);
        Assert.True(harness.Gate.PausedFor(OutboxHarness.Tenant) > TimeSpan.Zero, "the tenant is paused for the Retry-After");
        Assert.Equal([429], connector.CallsFor("throttled-once").Select(c => c.Status));
        var delivered = await harness.WaitForStatusAsync("throttled-once", OutboxStatus.Delivered);
        Assert.Equal([429, 200], connector.CallsFor("throttled-once").Select(c => c.Status));
        Assert.StartsWith("act-", delivered.DeliveredActivityId);
    }
}
