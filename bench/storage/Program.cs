using System.Globalization;
using ServiceDesk.Bench.Storage;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

// dotnet run -c Release --project bench/storage -- <mode> [options]; see bench/README.md.
var mode = args.FirstOrDefault() ?? "help";
int Option(string name, int fallback) =>
    Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
string? Text(string name) => Array.IndexOf(args, "--" + name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

switch (mode)
{
    case "create-stream":
        return await CreateStream.RunAsync(args.ElementAtOrDefault(1) ?? throw new ArgumentException("create-stream <data folder>"));

    case "sqlite":
    {
        var folder = Text("data") ?? Path.Combine(Path.GetTempPath(), "sd-bench-" + Guid.NewGuid().ToString("N"));
        using (var sqlite = new SqliteTableService(folder))
        {
            await RunAsync(sqlite, "SQLite", Option("count", 20_000), Option("concurrency", 32), Option("seed", 100_000));
        }

        if (Text("data") is null)
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    case "azurite":
    {
        using var azurite = Text("connection-string") is null ? await Azurite.StartAsync() : null;
        var connection = Text("connection-string") ?? azurite!.ConnectionString;
        if (AzureTableService.CheckConnectionString(connection) is { } problem)
        {
            throw new ArgumentException("bad connection string: " + problem);
        }

        var tables = AzureTableService.FromConnectionString(connection, "b" + Guid.NewGuid().ToString("N")[..8]);
        await RunAsync(tables, "Azurite", Option("count", 3_000), Option("concurrency", 32), Option("seed", 10_000));
        return 0;
    }

    default:
        Console.WriteLine("modes: sqlite [--count 20000] [--concurrency 32] [--seed 100000] [--data folder] | " +
                          "azurite [--count 3000] [--concurrency 32] [--seed 10000] [--connection-string ...] | create-stream <folder>");
        return mode == "help" ? 0 : 2;
}

// Throughput on fresh tables, then reads among `seed` tickets of which 200 belong to one employee.
static async Task RunAsync(ITableService tables, string backend, int count, int concurrency, int seed)
{
    using var records = new BenchRecords(tables);
    Console.WriteLine($"{backend}: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    await Measure.CreationsPerSecondAsync(records, Math.Min(500, count), concurrency, i => "29:warmup" + (i % 50));
    var perSecond = await Measure.CreationsPerSecondAsync(records, count, concurrency, i => "29:emp" + (i % 1000));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{backend}: {count} ticket creations (number, ticket, history, 2 index entries, outbox record) at concurrency {concurrency}: {perSecond:F0}/s"));

    var employee = "29:the-employee";
    var have = count + Math.Min(500, count);
    var extra = Math.Max(0, seed - have);
    var every = Math.Max(1, seed / 200);
    var mine = 0;
    await Measure.CreationsPerSecondAsync(records, extra, concurrency, i =>
        i % every == 0 && Interlocked.Increment(ref mine) <= 200 ? employee : "29:emp" + (i % 1000));
    while (mine < 200)
    {
        await records.Tickets.CreateAsync(BenchRecords.Incident(employee, ++mine), BenchRecords.QueueCard, CancellationToken.None);
    }

    Console.WriteLine($"{backend}: reads among {have + extra} tickets, 200 of them the employee's (load average {LoadAverage()})");
    await Measure.ReadsAsync(records, have + extra - 300, employee, 4_000);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
