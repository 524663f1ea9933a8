using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Outbox;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>
/// The bot is killed with SIGKILL while its outbox worker delivers, then restarted on the same SQLite file. At the
/// end every record is delivered, and nothing the first process had recorded as delivered was sent again. The
/// at-least-once window is measured too: a send that reached Teams but whose outcome was not yet recorded (here: the
/// calls in flight at the kill) is sent again after the restart, and only those.
/// </summary>
public sealed class OutboxKillTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const int Records = 200;
    private const int MaxConcurrentConversations = 8;
    private static readonly Dictionary<string, string> Settings = new()
    {
        // The delivery timeout outlasts the moment between catching a call in flight and the kill, even on a busy machine:
        // a call that timed out is rescheduled and the worker moves on, which widens the window beyond
        // MaxConcurrentConversations (seen on CI with 3 s: 9 in flight).
        ["Outbox:LeaseSeconds"] = "12",
        ["Outbox:DeliveryTimeoutSeconds"] = "9",
        ["Outbox:PollIntervalMilliseconds"] = "50",
        ["Outbox:BatchSize"] = "25",
        ["Outbox:MaxConcurrentConversations"] = "8",
        ["Connector:MaxAttempts"] = "1",
        ["Connector:RequestTimeoutSeconds"] = "10",
    };

    private readonly string folder = Directory.CreateTempSubdirectory("sdbot-outbox-kill-").FullName;
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    [Fact]
    public async Task KilledMidDelivery_AfterARestart_EveryRecordIsDelivered_AndNothingRecordedAsDeliveredIsSentAgain()
    {
        var keys = Enumerable.Range(0, Records).Select(i => $"kill-{i:D3}").ToList();
        await using (var writer = new OutboxHarness(dataFolder: folder))
        {
            for (var i = 0; i < Records; i++)
            {
                await writer.SendAsync(connector, keys[i], $"a:chat-{i % 20}");
            }
        }

        // First process: let it deliver a third, then catch it mid-call (Teams took the POSTs, no answer yet) and kill it.
        await using (var first = BotProcess.Start(folder, Settings))
        {
            await WaitUntilAsync(() => connector.Calls.Count(c => c.Landed) >= Records / 3, "a third delivered", first);
            connector.HoldAnswers();
            // Kill as soon as one call is caught: waiting for more could outlast a lone held call's delivery timeout at
            // the end of a claim round, and a timed-out call (outcome unknown, rescheduled) widens the window.
            await WaitUntilAsync(() => connector.Calls.Any(c => c.Held), "a call caught in flight", first);
            await first.KillAsync();
        }

        var heldAtKill = connector.Calls.Where(c => c.Held).Select(c => c.Marker!).ToHashSet();
        var heldConversations = connector.Calls.Where(c => c.Held).Select(c => c.Path).Distinct().Count();
        connector.Release();
        var recordedDelivered = new HashSet<string>();
        await using (var store = new OutboxHarness(dataFolder: folder))
        {
            foreach (var key in keys)
            {
                if ((await store.Store.GetAsync(key, CancellationToken.None))!.Status == OutboxStatus.Delivered)
                {
                    recordedDelivered.Add(key);
                }
            }
        }

        Assert.InRange(recordedDelivered.Count, 1, Records - 1);
        Assert.All(recordedDelivered, key => Assert.Single(connector.CallsFor(key), c => c.Landed));
        Assert.Empty(recordedDelivered.Intersect(heldAtKill));

        // Second process on the same file: finishes the work once the dead process's leases expire.
        await using (var second = BotProcess.Start(folder, Settings))
        {
            await WaitUntilAsync(() => keys.All(k => connector.CallsFor(k).Any(c => c.Landed && !c.Held)), "every record sent after the restart or before", second, seconds: 180);
            await using var store = new OutboxHarness(dataFolder: folder);
            foreach (var key in keys)
            {
                await store.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
            }

            await second.KillAsync();
        }

        var landed = keys.ToDictionary(k => k, k => connector.CallsFor(k).Count(c => c.Landed));
        Assert.All(recordedDelivered, key => Assert.Equal(1, landed[key]));
        var sentTwice = landed.Where(l => l.Value > 1).Select(l => l.Key).ToList();
        log.WriteLine($"{recordedDelivered.Count} recorded as delivered before the kill, {heldAtKill.Count} in flight at the kill ({heldConversations} conversations), {sentTwice.Count} sent twice.");
        // The window, exactly: the sends Teams took while their outcome was not yet recorded, and nothing else.
        Assert.Equal(heldAtKill.Order(), sentTwice.Order());
        Assert.All(landed.Values, count => Assert.InRange(count, 1, 2));
        // At most one call in flight per conversation and MaxConcurrentConversations conversations at once; a conversation
        // shows a second one only if its first call outlived the delivery timeout before the kill (then rescheduled).
        Assert.True(heldConversations <= MaxConcurrentConversations, $"{heldConversations} conversations had a call in flight");
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what, BotProcess bot, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (bot.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true after {seconds} s (bot exited: {bot.HasExited}): {what}.\n{bot.Output}");
            }

            await Task.Delay(20);
        }
    }
}
