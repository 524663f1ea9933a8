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

        // First process: let it deliver a third, then catch it mid-call (Teams took the POST, no answer yet) and kill it
        // there, from inside the fake: no delivery timeout can run out between catching the call and the kill.
        await using (var first = BotProcess.Start(folder, Settings))
        {
            await WaitUntilAsync(() => connector.Calls.Count(c => c.Landed) >= Records / 3, "a third delivered", first);
            connector.HoldAnswers(whenFirstHeld: first.Kill);
            Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(120)), $"not killed at a held call\n{first.Output}");
            await connector.WaitForReadsAsync(TimeSpan.FromSeconds(30));
        }

        var heldAtKill = connector.Calls.Where(c => c.Held).Select(c => c.Marker!).ToHashSet();
        var heldConversations = connector.Calls.Where(c => c.Held).Select(c => c.Path).Distinct().Count();
        var landedBeforeKill = connector.Calls.Where(c => c.Landed).Select(c => c.Marker!).ToHashSet();
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

        // The at-least-once window, read from the state rather than from timing: sends Teams took whose outcome the
        // store does not hold (the held calls, and any answered just before the kill and not yet recorded).
        var window = landedBeforeKill.Except(recordedDelivered).ToHashSet();
        Assert.InRange(recordedDelivered.Count, 1, Records - 1);
        Assert.All(recordedDelivered, key => Assert.Single(connector.CallsFor(key), c => c.Landed));
        Assert.NotEmpty(heldAtKill);
        Assert.Subset(window, heldAtKill);

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
        log.WriteLine($"{recordedDelivered.Count} recorded as delivered before the kill, {heldAtKill.Count} held at the kill ({heldConversations} conversations), {window.Count} in the window, {sentTwice.Count} sent twice.");
        // The window, exactly: the sends Teams took while their outcome was not yet recorded, and nothing else.
        Assert.Equal(window.Order(), sentTwice.Order());
        Assert.All(landed.Values, count => Assert.InRange(count, 1, 2));
        // A conversation's records go one at a time, MaxConcurrentConversations conversations at once: at most that many
        // sends can be taken by Teams and not yet recorded.
        Assert.True(window.Count <= MaxConcurrentConversations, $"{window.Count} sends without a recorded outcome at the kill");
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
