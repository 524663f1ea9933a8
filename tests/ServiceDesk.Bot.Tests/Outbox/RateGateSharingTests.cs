using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// Two instances (separate providers, so separate rate gates) on one store, against the loopback connector: together
/// they stay within the tenant's budget, and a 429 seen by one pauses the other. Each run starts with every record
/// already queued, so the load is the bots' and not the test's enqueuing. The budget is counted where the bots keep it,
/// as the gates grant their slots: a call leaves the process a moment after its grant, and on a loaded machine that
/// moment is the scheduler's (a gate's whole burst of a second held back 100 ms or more, then leaving beside the next
/// second's burst), which no gate can promise; the calls leaving are checked to be exactly the queued ones.
/// </summary>
public sealed class RateGateSharingTests : IAsyncLifetime
{
    private const int Budget = 10;
    private const int BatchSize = 10;
    private const int Count = 60;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(900);
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
    public async Task TwoInstancesOnOneStore_StayWithinTheTenantBudgetAsTheCallsLeave_AndBothDeliver()
    {
        await using var first = new OutboxHarness(settings: Settings());
        await using var second = new OutboxHarness(settings: Settings(), dataFolder: first.DataFolder);
        using var grants = new GateGrants(first, second);
        var keys = await QueueBehindAWarmUpAsync(first, second, "share");
        var from = DateTimeOffset.UtcNow;
        var one = await first.StartWorkerAsync();
        var two = await second.StartWorkerAsync();

        foreach (var key in keys)
        {
            await first.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
        }

        Assert.Equal(keys, connector.Calls.Where(c => c.Marker!.StartsWith("share-", StringComparison.Ordinal)).Select(c => c.Marker!).Order());
        var most = grants.MostInAnyWindow(from, Window);
        // The window is a tenth short of the second: a grant is stamped a moment after its gate read the clock.
        // Without sharing the two instances reach about twice the budget (the control below).
        Assert.True(most <= Budget, $"{most} calls granted for one tenant within {Window.TotalMilliseconds} ms; the budget is {Budget} per second for both instances together");
        Assert.True(one.Cycles > 0 && two.Cycles > 0);
    }

    [Fact]
    public async Task WithoutSharing_TwoInstancesEachUseTheWholeBudget()
    {
        // The control for the first test: the same load with the shared throttle off goes past the budget.
        await using var first = new OutboxHarness(settings: Settings(share: false));
        await using var second = new OutboxHarness(settings: Settings(share: false), dataFolder: first.DataFolder);
        using var grants = new GateGrants(first, second);
        var keys = await QueueBehindAWarmUpAsync(first, second, "alone");
        var from = DateTimeOffset.UtcNow;
        await first.StartWorkerAsync();
        await second.StartWorkerAsync();

        foreach (var key in keys)
        {
            await first.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
        }

        var most = grants.MostInAnyWindow(from, Window);
        Assert.True(most > Budget + 3, $"{most} calls granted within {Window.TotalMilliseconds} ms");
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
        await first.StopWorkersAsync();
        var throttledAt = Assert.Single(first.Sent).At;

        // The other instance learns of it from the store (its gate never saw a 429): waited for there, not in the
        // other's view, which a slow machine could let outlive the pause before the test looks.
        DateTimeOffset until = default;
        await OutboxHarness.WaitUntilAsync(
            async () => (await second.Throttle.ReadAsync(CancellationToken.None)).PausedUntil.TryGetValue(OutboxHarness.Tenant, out until),
            "the pause is shared", seconds: 30);
        Assert.True(until >= throttledAt + TimeSpan.FromSeconds(3), $"paused until {until:O}, the 429 left at {throttledAt:O}");

        var keys = Enumerable.Range(0, 5).Select(i => $"after-429-{i}").ToList();
        foreach (var key in keys)
        {
            await second.SendAsync(connector, key, $"a:chat-{key}");
        }

        await second.StartWorkerAsync();
        foreach (var key in keys)
        {
            await second.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 30);
        }

        // The gate grants a slot once the pause has passed, on the clock both instances and the recorder read.
        var earliest = second.Sent.Min(c => c.At);
        Assert.True(earliest >= until, $"sent {(earliest - throttledAt).TotalMilliseconds} ms after the 429 (Retry-After 3 s)");
    }

    /// <summary>
    /// Two batches through each instance first (a new connection and code compiled on first use hold the first calls,
    /// bunching them), then the workers stop and <see cref="Count"/> records are queued, one conversation each, so only
    /// the tenant limit paces them. The caller starts new workers (the same gates) and measures from then.
    /// </summary>
    private async Task<List<string>> QueueBehindAWarmUpAsync(OutboxHarness first, OutboxHarness second, string prefix)
    {
        await first.StartWorkerAsync();
        await second.StartWorkerAsync();
        await RateGateSharingProbe.WarmUpAsync(connector, first, BatchSize);
        await first.StopWorkersAsync();
        await second.StopWorkersAsync();
        var keys = Enumerable.Range(0, Count).Select(i => $"{prefix}-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await first.SendAsync(connector, key, $"a:chat-{key}");
        }

        return keys;
    }
}
