using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Bench.Storage;

/// <summary>
/// <c>create-stream &lt;data folder&gt;</c>: creates tickets on a SQLite file forever, a few at a time, printing
/// <c>created INC-…</c> after each one is stored. The reliability test kills it with SIGKILL mid-stream.
/// </summary>
internal static class CreateStream
{
    public static async Task<int> RunAsync(string folder)
    {
        using var sqlite = new SqliteTableService(folder);
        using var records = new BenchRecords(sqlite, numberBlockSize: 10);
        var n = 0;
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref n);
                var ticket = await records.Tickets.CreateAsync(BenchRecords.Incident($"29:emp{i % 7}", i), BenchRecords.QueueCard, CancellationToken.None);
                Console.Out.WriteLine("created " + ticket.Number);
            }
        }));
        await Task.WhenAll(workers);
        return 0;
    }
}
