using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>
/// SQLite commits concurrent writes together (one transaction, one savepoint per write): a failing batch in a group
/// must undo only itself, and every caller must be answered.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-group-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteTableService service;

    public SqliteGroupCommitTests() => service = new SqliteTableService(folder);

    public void Dispose()
    {
        service.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Concurrent_batches_half_of_them_failing_leave_exactly_the_good_ones_complete()
    {
        var table = service.GetTable("GroupCommit");
        await table.CreateIfNotExistsAsync();
        for (var i = 1; i < 200; i += 2)
        {
            await table.AddAsync(new TableEntity($"p{i}", "c"));
        }

        // 200 batches at once: the odd ones end with an add that conflicts, so they must write nothing at all.
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            List<TableBatchOperation> operations =
            [
                TableBatchOperation.Add(new TableEntity($"p{i}", "a") { ["N"] = (long)i }),
                TableBatchOperation.Upsert(new TableEntity($"p{i}", "b") { ["N"] = (long)i }),
            ];
            if (i % 2 == 1)
            {
                operations.Add(TableBatchOperation.Add(new TableEntity($"p{i}", "c"))); // exists already: conflict

            }

            return table.SubmitBatchAsync(operations);
        })));

        for (var i = 0; i < 200; i++)
        {
            var first = await table.GetAsync($"p{i}", "a");
            var second = await table.GetAsync($"p{i}", "b");
            if (i % 2 == 0)
            {
                Assert.True(results[i].IsOk, results[i].Reason);
                Assert.True(first.IsOk && second.IsOk, $"batch {i} is incomplete");
            }
            else
            {
                Assert.Equal(TableStatus.Conflict, results[i].Status);
                Assert.Equal(2, results[i].FailedIndex);
                Assert.Equal(TableStatus.NotFound, first.Status);
                Assert.Equal(TableStatus.NotFound, second.Status);
            }
        }
    }

    [Fact]
    public async Task A_write_to_a_missing_table_fails_alone_inside_a_group()
    {
        var table = service.GetTable("Present");
        await table.CreateIfNotExistsAsync();
        var missing = service.GetTable("Missing");

        var writes = Enumerable.Range(0, 50)
            .Select(i => i == 25 ? missing.AddAsync(new TableEntity("p", "r")) : table.AddAsync(new TableEntity("p", $"r{i}")))
            .ToArray();
        var results = await Task.WhenAll(writes);

        Assert.Equal(TableStatus.NotFound, results[25].Status);
        Assert.Equal(49, results.Count(r => r.IsOk));
    }
}
