using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// Two instances (separate providers, so separate rate gates) on one store, against the loopback connector: together
/// they stay within the tenant's budget, and a 429 seen by one pauses the other.
/// </summary>
public sealed class RateGateSharingTests : IAsyncLifetime
{
    private const int Budget = 10;
    private const int BatchSize = 6;
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private static Dictionary<string, string?> Settings(bool share = true) => new()
    {
        ["Outbox:TenantRequestsPerSecond"] = OutboxHarness.Seconds(Budget),
        ["Outbox:BatchSize"] = OutboxHarness.Seconds(BatchSize),
        ["Outbox:ThrottleRefreshMilliseconds"] = "200",
        ["Outbox:InstanceExpirySeconds"] = "2",
        ["Outbox:ShareTenantBudget"] = share ? "true" : "false",
    };

    [Fact]
    public async Task TwoInstancesOnOneStore_StayWithinTheTenantBudgetAtTheConnector_AndBothDeliver()
    {
        const int count = 60;
        await using var first = new OutboxHarness(settings: Settings());
        await using var second = new OutboxHarness(settings: Settings(), dataFolder: first.DataFolder);
        var one = await first.StartWorkerAsync();
        var two = await second.StartWorkerAsync();
        await RateGateSharingProbe.WarmUpAsync(connector, first, BatchSize);
        var warmUp = connector.Calls.Count;
        var keys = Enumerable.Range(0, count).Select(i => $"share-{i:D2}").ToList();
        foreach (var key in keys)
        {
            // One conversation each: only the tenant limit paces them.
            await first.SendAsync(connector, key, $"a:chat-{key}");
        }

        foreach (var key in keys)
        {
            await first.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
        }

        var measured = connector.Calls.Skip(warmUp).ToList();
        Assert.Equal(keys, measured.Select(c => c.Marker!).Order());
        var most = RateGateSharingProbe.MostInAnyWindow(measured, TimeSpan.FromMilliseconds(900));
        // One over at most: the gate counts when it grants a slot and arrivals move by the request's latency.
        // Without sharing the two instances reach about twice the budget (the control below).
        Assert.True(most <= Budget + 1, $"{most} calls for one tenant within 900 ms; the budget is {Budget} per second for both instances together");
        Assert.True(one.Cycles > 0 && two.Cycles > 0);
    }

    [Fact]
    public async Task A429SeenByOneInstance_PausesTheOtherUntilItsRetryAfter()
    {
        await using var first = new OutboxHarness(settings: Settings());
        await using var second = new OutboxHarness(settings: Settings(), dataFolder: first.DataFolder);
        connector.Script("throttled", new ScriptedReply(429, RetryAfter: "3", Code: "Throttled"));
        await first.SendAsync(connector, "throttled", "a:chat-throttled");
        await first.StartWorkerAsync();
        await first.WaitForAsync("throttled", r => r.Attempts == 1);
        var throttledAt = connector.CallsFor("throttled").Single().ReceivedAt;

        // The other instance learns of it from the store (its gate never saw a 429).
        await OutboxHarness.WaitUntilAsync(() => Task.FromResult(second.Gate.PausedFor(OutboxHarness.Tenant) > TimeSpan.Zero), "the second instance sees the pause", seconds: 5);
        Assert.True(second.Gate.PausedFor(OutboxHarness.Tenant) <= TimeSpan.FromSeconds(3));
        await first.StopWorkersAsync();

        var keys = Enumerable.Range(0, 5).Select(i => $"after-429-{i}").ToList();
        foreach (var key in keys)
        {
            await second.SendAsync(connector, key, $"a:chat-{key}");
        }

        await second.StartWorkerAsync();
        foreach (var key in keys)
        {
            await second.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 20);
        }

        // A few milliseconds of slack: both gates read one clock, the fake stamps arrivals after the request travelled.
        var earliest = keys.Select(k => connector.CallsFor(k).Single().ReceivedAt).Min();
        Assert.True(earliest >= throttledAt + TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(50), $"sent {(earliest - throttledAt).TotalMilliseconds} ms after the 429 (Retry-After 3 s)");
    }

    [Fact]
    public async Task WithoutSharing_TwoInstancesEachUseTheWholeBudget()
    {
        // The control for the first test: the same load with the shared throttle off goes past the budget.
        const int count = 60;
        await using var first = new OutboxHarness(settings: Settings(share: false));
        await using var second = new OutboxHarness(settings: Settings(share: false), dataFolder: first.DataFolder);
        await first.StartWorkerAsync();
        await second.StartWorkerAsync();
        await RateGateSharingProbe.WarmUpAsync(connector, first, BatchSize);
        var warmUp = connector.Calls.Count;
        var keys = Enumerable.Range(0, count).Select(i => $"alone-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await first.SendAsync(connector, key, $"a:chat-{key}");
        }

        foreach (var key in keys)
        {
            await first.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
        }

        var most = RateGateSharingProbe.MostInAnyWindow([.. connector.Calls.Skip(warmUp)], TimeSpan.FromMilliseconds(900));
        Assert.True(most > Budget + 3, $"{most} calls within 900 ms");
    }
}
