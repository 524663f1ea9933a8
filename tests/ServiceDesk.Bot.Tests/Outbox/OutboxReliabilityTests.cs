using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// Hundreds of records through two workers at once against a connector that throttles (429 + Retry-After), fails
/// (503), hangs past the delivery timeout and refuses (403): each record ends delivered exactly once or parked, none
/// lost, none pending, and Teams' limits hold across both workers (counted as the calls leave the bot).
/// </summary>
public sealed class OutboxReliabilityTests : IAsyncLifetime
{
    private const int Records = 300;
    private const int Conversations = 30;
    private const int MaxAttempts = 5;
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task UnderThrottlingFailuresTimeoutsAndRefusals_TwoWorkers_DeliverEachRecordOnceOrParkIt_NoneLost()
    {
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?>
        {
            ["Outbox:BatchSize"] = "20",
            ["Outbox:MaxAttempts"] = OutboxHarness.Seconds(MaxAttempts),
            ["Outbox:DeliveryTimeoutSeconds"] = "1",
            // Longer than a send and its recorded outcome take on a loaded machine: a lease that runs out between the
            // two lets the other worker send again (the outbox's at-least-once window, tested in OutboxKillTests).
            ["Outbox:LeaseSeconds"] = "30",
            ["Outbox:BaseBackoffMilliseconds"] = "50",
            ["Outbox:MaxBackoffSeconds"] = "1",
        });
        var keys = Enumerable.Range(0, Records).Select(i => $"rel-{i:D3}").ToList();
        for (var i = 0; i < Records; i++)
        {
            Script(keys[i], Fate(i));
            await harness.SendAsync(connector, keys[i], $"a:chat-{i % Conversations}");
        }

        var first = await harness.StartWorkerAsync();
        var second = await harness.StartWorkerAsync();
        var final = new Dictionary<string, OutboxRecord>();
        foreach (var key in keys)
        {
            final[key] = await harness.WaitForAsync(key, r => r.Status != OutboxStatus.Pending, seconds: 240);
        }

        // Both workers looked again after the last outcome: nothing more is sent.
        await OutboxHarness.WaitForRoundsAsync(first);
        await OutboxHarness.WaitForRoundsAsync(second);
        for (var i = 0; i < Records; i++)
        {
            var (key, record, calls) = (keys[i], final[keys[i]], connector.CallsFor(keys[i]));
            switch (Fate(i))
            {
                case RecordFate.Refused:
                    Assert.Equal(OutboxStatus.Unreachable, record.Status);
                    Assert.Equal([403], calls.Select(c => c.Status));
                    break;
                case RecordFate.AlwaysFailing:
                    Assert.Equal(OutboxStatus.Failed, record.Status);
                    // One call per attempt, unless a call itself timed out on a busy machine (an attempt without an answer).
                    Assert.True(calls.Count <= MaxAttempts && calls.All(c => c.Status == 503), $"{key}: {calls.Count} calls, last error {record.LastError}");
                    Assert.EndsWith($"gave up after {MaxAttempts} attempts", record.LastError, StringComparison.Ordinal);
                    break;
                default:
                    Assert.True(record.Status == OutboxStatus.Delivered, $"{key}: {record.Status} {record.LastError}");
                    Assert.Single(calls, c => c.Landed);
                    Assert.Equal(200, calls[^1].Status);
                    Assert.NotNull(record.DeliveredActivityId);
                    break;
            }
        }

        AssertRetryAfterWasRespected(keys.Where((_, i) => Fate(i) == RecordFate.Throttled));
        AssertTeamsLimitsHeld(harness.Sent);
        Assert.True(first.Cycles > 0 && second.Cycles > 0);
    }

    private enum RecordFate { Fine, Throttled, Unavailable, TimedOut, Refused, AlwaysFailing }

    private static RecordFate Fate(int i) => (i % 30) switch
    {
        0 => RecordFate.Throttled,
        1 or 16 => RecordFate.Unavailable,
        2 or 17 => RecordFate.TimedOut,
        3 or 18 => RecordFate.Refused,
        4 => RecordFate.AlwaysFailing,
        _ => RecordFate.Fine,
    };

    private void Script(string key, RecordFate fate)
    {
        switch (fate)
        {
            case RecordFate.Throttled:
                connector.Script(key, new ScriptedReply(429, RetryAfter: "1", Code: "Throttled"));
                break;
            case RecordFate.Unavailable:
                connector.Script(key, new ScriptedReply(503, Code: "ServiceError"), new ScriptedReply(503, Code: "ServiceError"));
                break;
            case RecordFate.TimedOut:
                // Answers after the 1 s delivery timeout; the fake logs 504 (not posted), as a gateway that gave up.
                connector.Script(key, new ScriptedReply(504, Code: "GatewayTimeout", Delay: TimeSpan.FromSeconds(2.5)));
                break;
            case RecordFate.Refused:
                connector.Always(key, new ScriptedReply(403, Code: "ConversationBlockedByUser"));
                break;
            case RecordFate.AlwaysFailing:
                connector.Always(key, new ScriptedReply(503, Code: "ServiceError"));
                break;
        }
    }

    private void AssertRetryAfterWasRespected(IEnumerable<string> throttled)
    {
        foreach (var key in throttled)
        {
            var calls = connector.CallsFor(key);
            Assert.Equal([429, 200], calls.Select(c => c.Status));
            Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"{key}: retried after {calls[1].ReceivedAt - calls[0].ReceivedAt}");
        }
    }

    /// <summary>
    /// As the calls left the bot, across both workers: at most 7 per conversation and 50 per tenant in any window a
    /// little under 1 s (the gate grants 46 per second by default; the margin is the time between a granted slot and
    /// the request leaving). Arrival times at the fake are not used: on a loaded machine its server takes requests
    /// sent a second apart together, which would test the machine rather than the bot (Teams answers that with 429).
    /// </summary>
    private static void AssertTeamsLimitsHeld(IReadOnlyList<SentCall> sent)
    {
        var window = TimeSpan.FromMilliseconds(950);
        var all = sent.OrderBy(c => c.At).Select(c => c.At).ToList();
        Assert.True(all.Count >= Records, $"only {all.Count} calls recorded as sent");
        Assert.True(CallWindows.MostInAnyWindow(all, window) <= 50, $"{CallWindows.MostInAnyWindow(all, window)} calls for one tenant within {window}");
        foreach (var conversation in sent.GroupBy(c => c.Path))
        {
            var times = conversation.Select(c => c.At).Order().ToList();
            Assert.True(CallWindows.MostInAnyWindow(times, window) <= 7, $"{conversation.Key}: {CallWindows.MostInAnyWindow(times, window)} calls within {window}");
        }
    }
}
