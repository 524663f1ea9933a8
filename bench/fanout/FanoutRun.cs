using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bench.Fanout;

/// <summary>
/// One variant of the fan-out: the records are enqueued, the bot delivers them, and the fake connector's log is
/// checked recipient by recipient against the store (lost: no accepted call; duplicate: more than one).
/// </summary>
internal sealed class FanoutRun(TeamsLimitsConnector connector, string botDll, string dataFolder, int recipients, IReadOnlyDictionary<string, string> settings)
{
    private readonly TimeSpan timeout = TimeSpan.FromSeconds(recipients / 20.0 + 180);

    /// <summary>Version 1 to every recipient; with <paramref name="killAt"/>, the bot is SIGKILLed once that share has landed, then restarted.</summary>
    public async Task<Result> SendAsync(string name, double? killAt)
    {
        await using (var store = new FanoutStore(dataFolder))
        {
            await store.EnqueueAsync(connector.ServiceUrl, recipients, 1, null);
        }

        return await DeliverAsync(name, 1, killAt, null);
    }

    /// <summary>Version 2 over every card version 1 delivered (PUT on the stored activity id).</summary>
    public async Task<Result> UpdateAsync(string name)
    {
        var ids = new Dictionary<int, string>();
        await using (var store = new FanoutStore(dataFolder))
        {
            var sent = await store.ReadAllAsync(recipients, 1);
            for (var i = 0; i < recipients; i++)
            {
                if (sent[i] is { Status: OutboxStatus.Delivered, DeliveredActivityId: { } id })
                {
                    ids[i] = id;
                }
            }

            if (ids.Count != recipients)
            {
                throw new InvalidOperationException($"only {ids.Count} of {recipients} cards were delivered: nothing to update for the rest");
            }

            await store.EnqueueAsync(connector.ServiceUrl, recipients, 2, ids);
        }

        return await DeliverAsync(name, 2, null, ids);
    }

    private async Task<Result> DeliverAsync(string name, int version, double? killAt, IReadOnlyDictionary<int, string>? updatedIds)
    {
        var prefix = $"bench-announcement/v{version}/";
        var throttledBefore = connector.Throttled;
        var clock = Stopwatch.StartNew();
        var bot = BotProcess.Start(botDll, dataFolder, settings);
        HashSet<string>? atRisk = null;
        var killedAfter = 0;
        try
        {
            if (killAt is { } share)
            {
                await WaitAsync(() => Task.FromResult(Landed(prefix) >= recipients * share), $"{share:P0} delivered", bot, clock);
                bot.Kill();
                killedAfter = Landed(prefix);
                Console.WriteLine($"[{name}] SIGKILL (pid {bot.Id}) after {killedAfter} landed, {clock.Elapsed.TotalSeconds:F1} s");
                bot.Dispose();
                atRisk = await SentButNotRecordedAsync(version, prefix);
                Console.WriteLine($"[{name}] landed at Teams but not recorded as delivered at the kill: {atRisk.Count}; restarting");
                bot = BotProcess.Start(botDll, dataFolder, settings);
            }

            await WaitAsync(() => Task.FromResult(Landed(prefix) >= recipients), "every recipient reached", bot, clock);
            await using var store = new FanoutStore(dataFolder);
            await WaitAsync(async () => (await store.ReadAllAsync(recipients, version)).All(r => r?.Status is not OutboxStatus.Pending), "every record settled", bot, clock);
            return Check(name, version, prefix, await store.ReadAllAsync(recipients, version), updatedIds, connector.Throttled - throttledBefore, atRisk, killedAfter);
        }
        finally
        {
            bot.Dispose();
        }
    }

    private int Landed(string prefix) => connector.Calls.Where(c => c.Marker?.StartsWith(prefix, StringComparison.Ordinal) == true).Select(c => c.Marker).Distinct().Count();

    private async Task<HashSet<string>> SentButNotRecordedAsync(int version, string prefix)
    {
        await using var store = new FanoutStore(dataFolder);
        var records = await store.ReadAllAsync(recipients, version);
        var recorded = records.Where(r => r?.Status == OutboxStatus.Delivered).Select(r => r!.IdempotencyKey).ToHashSet();
        return [.. connector.Calls.Where(c => c.Marker?.StartsWith(prefix, StringComparison.Ordinal) == true && !recorded.Contains(c.Marker)).Select(c => c.Marker!)];
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

            await Task.Delay(200);
        }
    }

    private Result Check(string name, int version, string prefix, OutboxRecord?[] records, IReadOnlyDictionary<int, string>? updatedIds, long throttled,
        HashSet<string>? atRisk, int killedAfter)
    {
        var calls = connector.Calls.Where(c => c.Marker?.StartsWith(prefix, StringComparison.Ordinal) == true).OrderBy(c => c.Ticks).ToList();
        var byMarker = calls.ToLookup(c => c.Marker!);
        int lost = 0, duplicates = 0, misrouted = 0, notRecorded = 0, duplicatesOutsideWindow = 0;
        for (var i = 0; i < recipients; i++)
        {
            var key = FanoutStore.Key(version, i);
            var mine = byMarker[key].ToList();
            lost += mine.Count == 0 ? 1 : 0;
            duplicates += Math.Max(0, mine.Count - 1);
            duplicatesOutsideWindow += mine.Count > 1 && atRisk?.Contains(key) != true ? mine.Count - 1 : 0;
            misrouted += mine.Count(c => c.ConversationId != FanoutStore.Conversation(i) || c.IsUpdate != (updatedIds is not null)
                || (updatedIds is not null && c.ActivityId != updatedIds[i]));
            notRecorded += records[i] is { Status: OutboxStatus.Delivered } r && mine.Any(c => c.ActivityId == r.DeliveredActivityId) ? 0 : 1;
        }

        var first = calls[0].Ticks;
        var last = calls[^1].Ticks;
        double Rate(int from, int to) => (to - from) / TimeSpan.FromTicks(calls[to].Ticks - calls[from].Ticks).TotalSeconds;
        return new Result(name, recipients, calls.Count, TimeSpan.FromTicks(last - first).TotalSeconds, Rate(0, calls.Count - 1),
            Rate(calls.Count / 10, calls.Count * 9 / 10), throttled, duplicates, lost, misrouted, notRecorded, atRisk?.Count, duplicatesOutsideWindow, killedAfter);
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>What one variant measured; rates are accepted calls per second at the fake connector.</summary>
    internal sealed record Result(
        string Name, int Recipients, int Calls, double Seconds, double Rate, double SteadyRate, long Throttled, int Duplicates, int Lost,
        int Misrouted, int NotRecorded, int? InFlightAtKill, int DuplicatesOutsideWindow, int KilledAfter)
    {
        public bool Ok => Lost == 0 && Misrouted == 0 && NotRecorded == 0 && DuplicatesOutsideWindow == 0 && (InFlightAtKill is not null || Duplicates == 0);

        public string Row() => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Recipients:N0} | {Calls:N0} | {Seconds:F1} | {Rate:F1} | {SteadyRate:F1} | {Throttled} | {Duplicates}{(InFlightAtKill is { } w ? $" ({w} in flight at the kill, {DuplicatesOutsideWindow} outside)" : "")} | {Lost} | {Misrouted + NotRecorded} | {TimeSpan.FromSeconds(100_000 / Rate):h\\:mm\\:ss} |");
    }
}
