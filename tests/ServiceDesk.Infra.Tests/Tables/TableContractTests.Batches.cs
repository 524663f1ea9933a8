using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

public abstract partial class TableContractTests
{
    [Fact]
    public async Task Batch_applies_add_update_upsert_and_delete_together()
    {
        var table = await NewTableAsync();
        var toUpdate = (await table.AddAsync(Entity("p", "u"))).Value!;
        await table.AddAsync(Entity("p", "d"));

        var result = await table.SubmitBatchAsync(
        [
            TableBatchOperation.Add(Entity("p", "a", "added")),
            TableBatchOperation.Update(Entity("p", "u", "updated"), toUpdate),
            TableBatchOperation.Upsert(Entity("p", "s", "upserted")),
            TableBatchOperation.Delete("p", "d", TableEntity.AnyETag),
        ]);

        Assert.True(result.IsOk, result.ToString());
        Assert.Equal(4, result.Value!.Count);
        Assert.Null(result.Value[3]);
        Assert.Equal("added", (await table.GetAsync("p", "a")).Value!.GetString("Title"));
        var updated = (await table.GetAsync("p", "u")).Value!;
        Assert.Equal("updated", updated.GetString("Title"));
        Assert.Equal(result.Value[1], updated.ETag);
        Assert.Equal("upserted", (await table.GetAsync("p", "s")).Value!.GetString("Title"));
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "d")).Status);
    }

    [Fact]
    public async Task Batch_whose_third_operation_fails_writes_nothing_and_names_the_operation()
    {
        var table = await NewTableAsync();
        await table.AddAsync(Entity("p", "exists", "original"));

        var result = await table.SubmitBatchAsync(
        [
            TableBatchOperation.Add(Entity("p", "new1")),
            TableBatchOperation.Upsert(Entity("p", "new2")),
            TableBatchOperation.Add(Entity("p", "exists", "overwritten")),
            TableBatchOperation.Add(Entity("p", "new3")),
        ]);

        Assert.Equal(TableStatus.Conflict, result.Status);
        Assert.Equal(2, result.FailedIndex);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "new1")).Status);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "new2")).Status);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "new3")).Status);
        Assert.Equal("original", (await table.GetAsync("p", "exists")).Value!.GetString("Title"));
    }

    [Fact]
    public async Task Batch_with_a_stale_etag_is_PreconditionFailed_at_that_operation()
    {
        var table = await NewTableAsync();
        var stale = (await table.AddAsync(Entity("p", "x", "v1"))).Value!;
        await table.UpdateAsync(Entity("p", "x", "v2"), stale);

        var result = await table.SubmitBatchAsync(
        [
            TableBatchOperation.Add(Entity("p", "y")),
            TableBatchOperation.Update(Entity("p", "x", "v3"), stale),
        ]);

        Assert.Equal(TableStatus.PreconditionFailed, result.Status);
        Assert.Equal(1, result.FailedIndex);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "y")).Status);
        Assert.Equal("v2", (await table.GetAsync("p", "x")).Value!.GetString("Title"));
    }

    [Fact]
    public async Task Batch_of_a_hundred_adds_succeeds_and_of_more_is_Invalid()
    {
        var table = await NewTableAsync();
        var hundred = Enumerable.Range(0, 100).Select(i => TableBatchOperation.Add(Entity("p", $"r{i:D3}"))).ToList();

        var ok = await table.SubmitBatchAsync(hundred);
        var tooMany = await table.SubmitBatchAsync([.. hundred, TableBatchOperation.Add(Entity("p", "r100"))]);

        Assert.True(ok.IsOk, ok.ToString());
        Assert.Equal(100, (await ReadAllAsync(table, new TableQuery("p"))).Count);
        Assert.Equal(TableStatus.Invalid, tooMany.Status);
    }

    [Fact]
    public async Task Batch_across_partitions_or_touching_an_entity_twice_is_Invalid_before_any_request()
    {
        var table = await NewTableAsync();

        var partitions = await table.SubmitBatchAsync([TableBatchOperation.Add(Entity("p", "a")), TableBatchOperation.Add(Entity("q", "b"))]);
        var twice = await table.SubmitBatchAsync([TableBatchOperation.Add(Entity("p", "a")), TableBatchOperation.Upsert(Entity("p", "a"))]);

        Assert.Equal(TableStatus.Invalid, partitions.Status);
        Assert.Equal(1, partitions.FailedIndex);
        Assert.Equal(TableStatus.Invalid, twice.Status);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "a")).Status);
    }
}
