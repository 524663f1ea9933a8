using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>Teams' limits may hold a call for half the delivery timeout at most, so a wait never turns into a timed-out attempt.</summary>
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
}
