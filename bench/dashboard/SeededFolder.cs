using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Tests.Dashboard;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Bench.Dashboard;

/// <summary>
/// A SQLite folder holding the seeded year, written through the records as the bot writes them (the same store,
/// indexes and histories). A marker file names what was seeded, so a rerun with the same figures reuses it.
/// </summary>
internal static class SeededFolder
{
    public static async Task EnsureAsync(string folder, int tickets, int days, DateTimeOffset now, bool anyDate)
    {
        var marker = Path.Combine(folder, "seeded.txt");
        var wanted = $"{tickets} tickets over {days} days up to {now:O}";
        var seeded = File.Exists(marker) ? await File.ReadAllTextAsync(marker) : null;
        if (seeded == wanted || (anyDate && seeded?.StartsWith($"{tickets} tickets over {days} days up to ", StringComparison.Ordinal) == true))
        {
            Console.WriteLine($"reusing {folder}: {seeded}");
            await BuildMetricDaysAsync(folder);
            return;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        await BuildMetricDaysAsync(folder); // an empty store: recorded as built, so every ticket seeded writes its days
        var clock = new MovableClock(now);
        using var tables = new SqliteTableService(folder);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSingleton<ITableService>(tables)
            .AddSingleton<TimeProvider>(clock).AddLogging();
        services.AddServiceDeskRecords();
        await using var provider = services.BuildServiceProvider();

        var started = DateTimeOffset.UtcNow;
        var progress = new Progress<int>(n =>
        {
            if (n % 10_000 == 0)
            {
                Console.WriteLine($"  seeded {n:N0} tickets in {(DateTimeOffset.UtcNow - started).TotalSeconds:N0} s");
            }
        });
        var seed = new QuarterSeed(provider.GetRequiredService<ITicketStore>(), provider.GetRequiredService<IDeflectionLog>(), clock, now);
        await seed.SeedAsync(tickets, answers: tickets / 3, days, progress);
        await File.WriteAllTextAsync(marker, wanted);
        Console.WriteLine($"seeded {wanted} in {(DateTimeOffset.UtcNow - started).TotalSeconds:N0} s");
    }

    /// <summary>
    /// What the bot does at start (<see cref="MetricDaysBuild"/>), done before it starts so the timings are those of
    /// a store whose metric days are built: instant for a store seeded with them, the one-time build for an older one.
    /// </summary>
    private static async Task BuildMetricDaysAsync(string folder)
    {
        using var tables = new SqliteTableService(folder);
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddSingleton<ITableService>(tables).AddLogging();
        services.AddServiceDeskRecords();
        await using var provider = services.BuildServiceProvider();
        var started = DateTimeOffset.UtcNow;
        await provider.GetRequiredService<MetricDaysBuild>().BuildAsync(CancellationToken.None);
        Console.WriteLine($"metric days built (or found built) in {(DateTimeOffset.UtcNow - started).TotalSeconds:N1} s");
    }
}
