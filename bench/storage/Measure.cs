using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bench.Storage;

/// <summary>Creation throughput and read latencies through the ticket store.</summary>
internal static class Measure
{
    public static async Task<double> CreationsPerSecondAsync(BenchRecords records, int count, int concurrency, Func<int, string> employeeOf)
    {
        var next = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i <= count; i = Interlocked.Increment(ref next))
            {
                await records.Tickets.CreateAsync(BenchRecords.Incident(employeeOf(i), i), BenchRecords.QueueCard, CancellationToken.None);
            }
        })));
        return count / clock.Elapsed.TotalSeconds;
    }

    public static async Task<(double P50, double P99)> LatencyAsync(int samples, Func<int, Task> operation)
    {
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation(i);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[samples / 2], times[Math.Min(samples - 1, (int)Math.Ceiling(samples * 0.99) - 1)]);
    }

    public static async Task ReadsAsync(BenchRecords records, long maxNumber, string employee, int samples)
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            await records.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, random.NextInt64(1, maxNumber)), CancellationToken.None); // warm up
        }

        var (p50, p99) = await LatencyAsync(samples, async _ =>
        {
            if (await records.Tickets.GetAsync(new TicketNumber(TicketKind.Incident, random.NextInt64(1, maxNumber)), CancellationToken.None) is null)
            {
                throw new InvalidOperationException("a seeded ticket is missing");
            }
        });
        Report("ticket by number", p50, p99);
        var page = 0;
        (p50, p99) = await LatencyAsync(samples / 4, async _ =>
        {
            page = (await records.Tickets.ListByRequesterAsync(employee, 20, null, CancellationToken.None)).Tickets.Count;
        });
        Report($"my tickets, first page ({page} of 200)", p50, p99);
    }

    public static void Report(string what, double p50, double p99) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {p50:F2} ms, p99 {p99:F2} ms"));
}
