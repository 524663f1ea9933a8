using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ServiceDesk.Bench.Dashboard;

// bench/dashboard: how long the dashboard's data takes for a year of tickets. Seeds a SQLite folder through the
// records (reused when it already holds the same figures), runs the real bot on it as a child process, and times
// GET /api/dashboard/now and GET /api/dashboard/trends?days=N with an API key, one request at a time; also the bot's
// processor time per request, which the machine's load does not inflate as it does the elapsed time.
var options = Arguments.Parse(args);
var now = DateTimeOffset.UtcNow;
now = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
await SeededFolder.EnsureAsync(options.Data, options.Tickets, options.Days, now, options.ReuseAnyDate);

const string Key = "bench-dashboard-key-0123456789abcdefghij";
var port = FreePort();
using var bot = BotProcess.Start(options.Data, new Dictionary<string, string>
{
    ["urls"] = $"http://127.0.0.1:{port}",
    ["environment"] = "Production",
    ["Api:Keys:0"] = Key,
}, options.Bot);
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(20) };
http.DefaultRequestHeaders.Add("X-Api-Key", Key);
await bot.WaitReadyAsync(http, TimeSpan.FromMinutes(2));

Console.WriteLine($"load average at the start: {File.ReadAllText("/proc/loadavg").Trim()} ({Environment.ProcessorCount} cores)");
var rc = 0;
foreach (var path in new[] { "/api/dashboard/now", $"/api/dashboard/trends?days={options.Period}" })
{
    await TimeAsync(path); // warm-up: JIT, SQLite page cache
    var cpuBefore = BotCpu();
    var times = new List<double>();
    for (var i = 0; i < options.Runs; i++)
    {
        times.Add(await TimeAsync(path));
    }

    var cpuPerRequest = (BotCpu() - cpuBefore).TotalMilliseconds / options.Runs;
    times.Sort();
    var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {path} | {options.Runs} | {times[times.Count / 2]:N0} ms | {p95:N0} ms | {times[^1]:N0} ms | {cpuPerRequest:N0} ms | {(p95 < 1000 ? "met" : "NOT met")} |"));
    rc |= p95 < 1000 ? 0 : 1;
}

Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
return rc;

async Task<double> TimeAsync(string path)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.GetAsync(path);
    var body = await response.Content.ReadAsByteArrayAsync();
    watch.Stop();
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}\n{bot.Output}");
    }

    return watch.Elapsed.TotalMilliseconds;
}

// The bot's processor time (all its threads, its workers too): what a request costs whatever else the machine runs.
TimeSpan BotCpu()
{
    using var process = Process.GetProcessById(bot.Id);
    return process.TotalProcessorTime;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
