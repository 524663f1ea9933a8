using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// One variant of the fan-out through the real publish path: employees seeded as profiles, the announcement saved and
/// broadcast, the bot's fan-out worker planning one outbox record per recipient and its outbox worker delivering
/// them (cards rendered at delivery). The fake connector's log is then checked recipient by recipient against the
/// fan-out's records (lost: no accepted call; duplicate: more than one; wrong: another version, conversation or activity).
/// </summary>
internal sealed class FanoutRun(TeamsLimitsConnector connector, string botDll, string dataFolder, int recipients, IReadOnlyDictionary<string, string> settings)
{
    private readonly TimeSpan timeout = TimeSpan.FromSeconds(recipients / 20.0 + 300);
    private Announcement? published;
    private Dictionary<string, string> firstCards = [];

    /// <summary>Publish to everyone; with <paramref name="killAt"/>, the bot is SIGKILLed once that share has landed, then restarted.</summary>
    public async Task<Result> SendAsync(string name, double? killAt)
    {
        var seeding = Stopwatch.StartNew();
        await using (var store = new FanoutStore(dataFolder))
        {
            await store.SeedAsync(connector.ServiceUrl, recipients);
            Console.WriteLine($"[{name}] {recipients} profiles seeded in {seeding.Elapsed.TotalSeconds:F1} s");
            published = await store.PublishAsync();
        }

        return await DeliverAsync(name, false, published.Version, killAt);
    }

    /// <summary>An update of the published announcement: every card edited in place (PUT over the activity id each recipient's card got).</summary>
    public async Task<Result> UpdateAsync(string name)
    {
        Announcement updated;
        await using (var store = new FanoutStore(dataFolder))
        {
            updated = await store.PostUpdateAsync(published ?? throw new InvalidOperationException("nothing published"));
        }

        return await DeliverAsync(name, true, updated.Version, null);
    }

    private async Task<Result> DeliverAsync(string name, bool update, int version, double? killAt)
    {
        var id = published!.Id;
        var since = DateTime.UtcNow.Ticks;
        var throttledBefore = connector.Throttled;
        var clock = Stopwatch.StartNew();
        var bot = BotProcess.Start(dataFolder, settings, botDll);
        HashSet<string>? atRisk = null;
        try
        {
            if (killAt is { } share)
            {
                await WaitAsync(() => Task.FromResult(Landed(since, update, version) >= recipients * share), $"{share:P0} delivered", bot, clock);
                bot.Kill();
                var killedAfter = Landed(since, update, version);
                Console.WriteLine($"[{name}] SIGKILL (pid {bot.Id}) after {killedAfter} landed, {clock.Elapsed.TotalSeconds:F1} s");
                bot.Dispose();
                atRisk = await SentButNotRecordedAsync(id, since);
                Console.WriteLine($"[{name}] landed at Teams but not recorded as delivered at the kill: {atRisk.Count}; restarting");
                bot = BotProcess.Start(dataFolder, settings, botDll);
            }

            await WaitAsync(() => Task.FromResult(Landed(since, update, version) >= recipients), "every recipient reached", bot, clock);
            var reached = clock.Elapsed;
            await using var store = new FanoutStore(dataFolder);
            await WaitAsync(async () => await store.Fanout.CountsAsync(id, CancellationToken.None) is { Queued: 0 } counts
                && counts.Delivered + counts.Failed + counts.NotReachable == recipients
                && (await store.RecipientsAsync(id, recipients)).All(r => r is { Status: RecipientStatus.Delivered } && r.Version >= version),
                "every recipient recorded", bot, clock);
            Console.WriteLine($"[{name}] all reached at {reached.TotalSeconds:F1} s, all recorded and counted at {clock.Elapsed.TotalSeconds:F1} s: " +
                              $"{await store.Fanout.CountsAsync(id, CancellationToken.None)}");
            return Check(name, update, version, since, await store.RecipientsAsync(id, recipients), connector.Throttled - throttledBefore, atRisk);
        }
        finally
        {
            bot.Dispose();
        }
    }

    /// <summary>Recipients with an accepted call of this phase carrying <paramref name="version"/> (a POST, or a PUT for an update).</summary>
    private int Landed(long since, bool update, int version) =>
        connector.Calls.Where(c => c.Ticks >= since && c.IsUpdate == update && c.Version == version).Select(c => c.ConversationId).Distinct().Count();

    private async Task<HashSet<string>> SentButNotRecordedAsync(string id, long since)
    {
        await using var store = new FanoutStore(dataFolder);
        var records = await store.FirstCardsAsync(id, recipients);
        var recorded = Enumerable.Range(0, recipients).Where(i => records[i]?.Status == OutboxStatus.Delivered).Select(FanoutStore.Conversation).ToHashSet();
        return [.. connector.Calls.Where(c => c.Ticks >= since && !c.IsUpdate && !recorded.Contains(c.ConversationId)).Select(c => c.ConversationId)];
    }

    private async Task WaitAsync(Func<Task<bool>> condition, string what, BotProcess bot, Stopwatch clock)
    {
        var lastReport = TimeSpan.Zero;
        while (!await condition())
        {
            if (bot.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"not true after {clock.Elapsed.TotalSeconds:F0} s (bot exited: {bot.HasExited}): {what}\n{bot.Output}");
            }

            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(15))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s: {connector.AcceptedCount} calls accepted, {connector.Throttled} answered 429, load {LoadAverage()}");
            }

            await Task.Delay(500);
        }
    }

    private Result Check(string name, bool update, int version, long since, RecipientDelivery?[] recorded, long throttled, HashSet<string>? atRisk)
    {
        var calls = connector.Calls.Where(c => c.Ticks >= since).OrderBy(c => c.Ticks).ToList();
        var byConversation = calls.ToLookup(c => c.ConversationId);
        int lost = 0, duplicates = 0, wrong = 0, notRecorded = 0, duplicatesOutsideWindow = 0;
        for (var i = 0; i < recipients; i++)
        {
            var conversation = FanoutStore.Conversation(i);
            var mine = byConversation[conversation].ToList();
            var landed = mine.Where(c => c.IsUpdate == update && c.Version == version).ToList();
            lost += landed.Count == 0 ? 1 : 0;
            var extra = Math.Max(0, mine.Count - 1);
            duplicates += extra;
            duplicatesOutsideWindow += atRisk?.Contains(conversation) == true ? 0 : extra;
            // Wrong: a call of the other kind or another version, or an edit over another activity than the recipient's card.
            wrong += mine.Count(c => c.IsUpdate != update || c.Version != version || (update && c.ActivityId != firstCards.GetValueOrDefault(conversation)));
            notRecorded += recorded[i] is { Status: RecipientStatus.Delivered } r && r.Version == version && landed.Any(c => c.ActivityId == r.ActivityId) ? 0 : 1;
            if (!update && recorded[i]?.ActivityId is { } activity)
            {
                firstCards[conversation] = activity;
            }
        }

        var relevant = calls.Where(c => c.IsUpdate == update && c.Version == version).ToList();
        double Rate(int from, int to) => (to - from) / TimeSpan.FromTicks(relevant[to].Ticks - relevant[from].Ticks).TotalSeconds;
        var seconds = TimeSpan.FromTicks(relevant[^1].Ticks - relevant[0].Ticks).TotalSeconds;
        // The longest silence between two accepted calls: in the kill variant, the dead bot's restart (and its share of
        // the shared throttle expiring); elsewhere a 429's Retry-After.
        var pause = relevant.Count < 2 ? 0 : relevant.Zip(relevant.Skip(1), (a, b) => TimeSpan.FromTicks(b.Ticks - a.Ticks).TotalSeconds).Max();
        return new Result(name, recipients, calls.Count, seconds, Rate(0, relevant.Count - 1),
            Rate(relevant.Count / 10, relevant.Count * 9 / 10), throttled, duplicates, lost, wrong, notRecorded, atRisk?.Count, duplicatesOutsideWindow)
        {
            LongestPause = pause,
            RunningRate = (relevant.Count - 1) / (seconds - pause),
        };
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>What one variant measured; rates are accepted calls per second at the fake connector.</summary>
    internal sealed record Result(
        string Name, int Recipients, int Calls, double Seconds, double Rate, double SteadyRate, long Throttled, int Duplicates, int Lost,
        int Wrong, int NotRecorded, int? InFlightAtKill, int DuplicatesOutsideWindow)
    {
        /// <summary>The longest time without an accepted call, seconds.</summary>
        public double LongestPause { get; init; }

        /// <summary>Calls per second first to last without that longest pause (while the bot was running, in the kill variant).</summary>
        public double RunningRate { get; init; }

        public bool Ok => Lost == 0 && Wrong == 0 && NotRecorded == 0 && DuplicatesOutsideWindow == 0 && (InFlightAtKill is not null || Duplicates == 0);

        public string Row() => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Recipients:N0} | {Calls:N0} | {Seconds:F1} | {Rate:F1} | {SteadyRate:F1} | {LongestPause:F1} | {RunningRate:F1} | {Throttled} | {Duplicates}{(InFlightAtKill is { } w ? $" ({w} in flight at the kill, {DuplicatesOutsideWindow} outside)" : "")} | {Lost} | {Wrong + NotRecorded} | {TimeSpan.FromSeconds(100_000 / Rate):h\\:mm\\:ss} |");
    }
}
