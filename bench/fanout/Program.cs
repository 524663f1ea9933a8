using System.Globalization;
using ServiceDesk.Bench.Fanout;

// dotnet run -c Release --project bench/fanout -- [--recipients 10000] [--variants send,update,kill] [--bot <dll>] [--tenant-rps 50]
//     [--kill-at 0.3] [--set Outbox:Key=value ...]; see bench/README.md (bench/fanout/run.sh builds the bot first).
string? Text(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var recipients = int.Parse(Text("recipients") ?? "10000", CultureInfo.InvariantCulture);
var variants = (Text("variants") ?? "send,update,kill").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var tenantPerSecond = int.Parse(Text("tenant-rps") ?? "50", CultureInfo.InvariantCulture);
var killAt = double.Parse(Text("kill-at") ?? "0.3", CultureInfo.InvariantCulture);
var botDll = Path.GetFullPath(Text("bot") ?? "bot/bin/Release/net10.0/ServiceDesk.Bot.dll");
if (!File.Exists(botDll))
{
    Console.Error.WriteLine($"{botDll} not found: dotnet build bot -c Release (or --bot <path>)");
    return 2;
}

// The bot's own defaults, except what the command line sets (e.g. --set Outbox:BatchSize=100).
var settings = args.Select((a, i) => (a, i)).Where(p => p.a == "--set" && p.i + 1 < args.Length).Select(p => args[p.i + 1].Split('=', 2))
    .ToDictionary(kv => kv[0], kv => kv[1]);
Console.WriteLine($"fan-out: {recipients} recipients, variants {string.Join(',', variants)}, fake Teams at {tenantPerSecond}/s per tenant, 7/1 s + 8/2 s per conversation; " +
                  $"{Environment.ProcessorCount} cores, load {FanoutRun.LoadAverage()}; settings: {(settings.Count == 0 ? "bot defaults" : string.Join(' ', settings.Select(s => s.Key + "=" + s.Value)))}");

var results = new List<FanoutRun.Result>();
var folders = new List<string>();
string NewFolder() { var f = Directory.CreateTempSubdirectory("sd-bench-fanout-").FullName; folders.Add(f); return f; }
try
{
    if (variants.Contains("send") || variants.Contains("update"))
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantPerSecond);
        var run = new FanoutRun(connector, botDll, NewFolder(), recipients, settings);
        results.Add(await Report(run.SendAsync("send", null)));
        if (variants.Contains("update"))
        {
            results.Add(await Report(run.UpdateAsync("update all (PUT)")));
        }
    }

    if (variants.Contains("kill"))
    {
        await using var connector = await TeamsLimitsConnector.StartAsync(tenantPerSecond);
        var run = new FanoutRun(connector, botDll, NewFolder(), recipients, settings);
        results.Add(await Report(run.SendAsync($"send, kill -9 at {killAt:P0}, restart", killAt)));
    }
}
finally
{
    foreach (var folder in folders)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* SQLite may still hold a file; /tmp is cleaned */ }
    }
}

Console.WriteLine();
Console.WriteLine("| variant | N | accepted calls | first→last s | calls/s | calls/s (10–90%) | longest pause s | calls/s without it | 429s | duplicates | lost | wrong/unrecorded | 100,000 at this rate |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
results.ForEach(r => Console.WriteLine(r.Row()));
Console.WriteLine($"load average at the end: {FanoutRun.LoadAverage()}");
var ok = results.All(r => r.Ok);
Console.WriteLine(ok ? "RESULT: OK" : "RESULT: ERRORS (see above)");
return ok ? 0 : 1;

static async Task<FanoutRun.Result> Report(Task<FanoutRun.Result> running)
{
    var result = await running;
    Console.WriteLine(result.Row());
    return result;
}
