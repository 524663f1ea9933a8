using System.Collections.Concurrent;
using System.Diagnostics;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>Azurite goes away and comes back during a stream of batches: typed outcomes, nothing half-written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteRestartTests(AzuriteFixture azurite)
{
    private const int Batches = 80;
    private const int RowsPerBatch = 5;

    [Fact]
    public async Task Operations_during_a_restart_succeed_or_are_Unavailable_and_batches_stay_whole()
    {
        var service = azurite.CreateService(new TableRetrySettings(MaxRetries: 3, Delay: TimeSpan.FromMilliseconds(100), NetworkTimeout: TimeSpan.FromSeconds(5)));
        var table = service.GetTable("restart" + Guid.NewGuid().ToString("N")[..12]);
        Assert.True((await table.CreateIfNotExistsAsync()).IsOk);
        var results = new ConcurrentDictionary<int, TableResult<IReadOnlyList<string?>>>();

        var run = Task.Run(async () =>
        {
            for (var i = 0; i < Batches; i++)
            {
                var operations = Enumerable.Range(0, RowsPerBatch)
                    .Select(r => TableBatchOperation.Upsert(new TableEntity($"b{i:D3}", $"r{r}") { ["Batch"] = i, ["Row"] = r }))
                    .ToList();
                results[i] = await table.SubmitBatchAsync(operations);
            }
        });

        try
        {
            await WaitUntilAsync(() => results.Count >= 10 || run.IsCompleted, "ten batches before the stop");
            azurite.Stop(graceful: true);
            await WaitUntilAsync(() => results.Values.Any(r => r.Status == TableStatus.Unavailable) || run.IsCompleted, "an Unavailable outcome");
        }
        finally
        {
            await azurite.StartAsync();
        }

        await run.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(results.Values, r => Assert.True(r.Status is TableStatus.Ok or TableStatus.Unavailable, r.ToString()));
        Assert.Contains(results.Values, r => r.Status == TableStatus.Unavailable);
        Assert.True(results[Batches - 1].IsOk, results[Batches - 1].ToString());
        for (var i = 0; i < Batches; i++)
        {
            var page = await table.QueryAsync(new TableQuery($"b{i:D3}"));
            Assert.True(page.IsOk, page.ToString());
            var rows = page.Value!.Entities.Count;
            Assert.True(rows is 0 or RowsPerBatch, $"Batch {i} is half-written: {rows} of {RowsPerBatch} rows.");
            Assert.True(!results[i].IsOk || rows == RowsPerBatch, $"Batch {i} succeeded but is missing.");
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"Timed out waiting for {what}.");
            await Task.Delay(20); // Poll the condition, bounded above.
        }
    }
}
