namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>What the sharing tests measure at the connector, and waits on a gate's shared view.</summary>
internal static class RateGateSharingProbe
{
    /// <summary>
    /// Two batches through the workers first (each claims one), so the measured calls are not a cold start's: a new
    /// connection and code compiled on first use hold the first calls for hundreds of milliseconds, bunching arrivals.
    /// </summary>
    public static async Task WarmUpAsync(OutboxFakeConnector connector, OutboxHarness store, int batchSize)
    {
        var keys = Enumerable.Range(0, 2 * batchSize).Select(i => $"warm-up-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await store.SendAsync(connector, key, $"a:chat-{key}");
        }

        foreach (var key in keys)
        {
            await store.WaitForStatusAsync(key, Dialogs.Outbox.OutboxStatus.Delivered, seconds: 30);
        }
    }

    /// <summary>
    /// Asks each gate's shared throttle (as every call does, so each instance keeps refreshing its view) until every
    /// view has this limit; fails after the timeout.
    /// </summary>
    public static Task WaitForLimitAsync(int limit, params OutboxHarness[] instances) =>
        OutboxHarness.WaitUntilAsync(
            () => Task.FromResult(instances.Select(h => h.Gate.Shared!.Current()).ToList().All(v => v is { Ready: true } && v.Limit == limit)),
            $"each instance's tenant limit is {limit}",
            seconds: 10);
}
