using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>
/// The behaviour every table backend must share. Each test works in a fresh table, so backends can share a service.
/// Split into partial files by area: basic operations, queries, batches, validation.
/// </summary>
public abstract partial class TableContractTests
{
    protected abstract ITableService Service { get; }

    protected async Task<ITable> NewTableAsync()
    {
        var table = Service.GetTable("t" + Guid.NewGuid().ToString("N")[..16]);
        var created = await table.CreateIfNotExistsAsync();
        Assert.True(created.IsOk, created.ToString());
        return table;
    }

    protected static TableEntity Entity(string pk, string rk, string title = "Printer on fire") =>
        new(pk, rk) { ["Title"] = title, ["Count"] = 1 };

    [Fact]
    public async Task CreateIfNotExists_twice_is_ok()
    {
        var table = await NewTableAsync();

        var again = await table.CreateIfNotExistsAsync();

        Assert.True(again.IsOk, again.ToString());
    }

    [Fact]
    public async Task Add_then_Get_returns_the_properties_an_etag_and_a_timestamp()
    {
        var table = await NewTableAsync();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var added = await table.AddAsync(Entity("p", "r1"));
        var read = await table.GetAsync("p", "r1");

        Assert.True(added.IsOk, added.ToString());
        Assert.True(read.IsOk, read.ToString());
        Assert.Equal("Printer on fire", read.Value!.GetString("Title"));
        Assert.Equal(1, read.Value.GetInt32("Count"));
        Assert.Equal(2, read.Value.Properties.Count);
        Assert.Equal(added.Value, read.Value.ETag);
        Assert.True(read.Value.Timestamp > before, $"Timestamp {read.Value.Timestamp}");
    }

    [Fact]
    public async Task Add_of_an_existing_entity_is_a_Conflict_and_keeps_the_first()
    {
        var table = await NewTableAsync();
        await table.AddAsync(Entity("p", "r1", "first"));

        var second = await table.AddAsync(Entity("p", "r1", "second"));

        Assert.Equal(TableStatus.Conflict, second.Status);
        Assert.Equal("first", (await table.GetAsync("p", "r1")).Value!.GetString("Title"));
    }

    [Fact]
    public async Task Get_of_a_missing_entity_is_NotFound()
    {
        var table = await NewTableAsync();

        var read = await table.GetAsync("p", "nothing");

        Assert.Equal(TableStatus.NotFound, read.Status);
        Assert.NotNull(read.Reason);
    }

    [Fact]
    public async Task Get_in_a_table_never_created_is_NotFound()
    {
        var table = Service.GetTable("missing" + Guid.NewGuid().ToString("N")[..12]);

        var read = await table.GetAsync("p", "r");

        Assert.Equal(TableStatus.NotFound, read.Status);
    }

    [Fact]
    public async Task Update_with_the_current_etag_replaces_and_changes_the_etag()
    {
        var table = await NewTableAsync();
        var etag = (await table.AddAsync(Entity("p", "r1"))).Value!;
        var changed = new TableEntity("p", "r1") { ["Other"] = true };

        var updated = await table.UpdateAsync(changed, etag);
        var read = (await table.GetAsync("p", "r1")).Value!;

        Assert.True(updated.IsOk, updated.ToString());
        Assert.NotEqual(etag, updated.Value);
        Assert.Equal(updated.Value, read.ETag);
        Assert.Equal(true, read.GetBoolean("Other"));
        Assert.Null(read.GetString("Title"));
    }

    [Fact]
    public async Task Update_with_a_stale_etag_is_PreconditionFailed_and_changes_nothing()
    {
        var table = await NewTableAsync();
        var stale = (await table.AddAsync(Entity("p", "r1", "v1"))).Value!;
        await table.UpdateAsync(Entity("p", "r1", "v2"), stale);

        var late = await table.UpdateAsync(Entity("p", "r1", "v3"), stale);

        Assert.Equal(TableStatus.PreconditionFailed, late.Status);
        Assert.Equal("v2", (await table.GetAsync("p", "r1")).Value!.GetString("Title"));
    }

    [Fact]
    public async Task Update_unconditional_replaces_whatever_the_version_but_not_a_missing_entity()
    {
        var table = await NewTableAsync();
        await table.AddAsync(Entity("p", "r1", "v1"));

        var any = await table.UpdateAsync(Entity("p", "r1", "v2"), TableEntity.AnyETag);
        var missing = await table.UpdateAsync(Entity("p", "r2"), TableEntity.AnyETag);

        Assert.True(any.IsOk, any.ToString());
        Assert.Equal("v2", (await table.GetAsync("p", "r1")).Value!.GetString("Title"));
        Assert.Equal(TableStatus.NotFound, missing.Status);
    }

    [Fact]
    public async Task Upsert_inserts_then_replaces_all_properties()
    {
        var table = await NewTableAsync();

        var inserted = await table.UpsertAsync(Entity("p", "r1"));
        var replaced = await table.UpsertAsync(new TableEntity("p", "r1") { ["Only"] = 7L });
        var read = (await table.GetAsync("p", "r1")).Value!;

        Assert.True(inserted.IsOk && replaced.IsOk, $"{inserted} {replaced}");
        Assert.NotEqual(inserted.Value, replaced.Value);
        Assert.Equal(7L, read.GetInt64("Only"));
        Assert.Single(read.Properties);
    }

    [Fact]
    public async Task Delete_honours_the_etag_and_reports_a_missing_entity()
    {
        var table = await NewTableAsync();
        var stale = (await table.AddAsync(Entity("p", "r1"))).Value!;
        var current = (await table.UpdateAsync(Entity("p", "r1", "v2"), stale)).Value!;

        var withStale = await table.DeleteAsync("p", "r1", stale);
        var withCurrent = await table.DeleteAsync("p", "r1", current);
        var again = await table.DeleteAsync("p", "r1", TableEntity.AnyETag);

        Assert.Equal(TableStatus.PreconditionFailed, withStale.Status);
        Assert.True(withCurrent.IsOk, withCurrent.ToString());
        Assert.Equal(TableStatus.NotFound, again.Status);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "r1")).Status);
    }

    [Fact]
    public async Task Concurrent_updates_from_one_read_let_exactly_one_win()
    {
        var table = await NewTableAsync();
        var etag = (await table.AddAsync(Entity("p", "r1"))).Value!;

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => table.UpdateAsync(Entity("p", "r1", $"writer {i}"), etag))));

        Assert.Single(results, r => r.IsOk);
        Assert.All(results.Where(r => !r.IsOk), r => Assert.Equal(TableStatus.PreconditionFailed, r.Status));
        var winner = Array.FindIndex(results, r => r.IsOk);
        Assert.Equal($"writer {winner}", (await table.GetAsync("p", "r1")).Value!.GetString("Title"));
    }

    [Theory]
    [InlineData("O'Brien", "it's 'quoted'")]
    [InlineData("with space & plus+", "é ✓ 𝄞 %20 ()=,;")]
    public async Task Keys_with_quotes_spaces_and_unicode_are_addressable(string pk, string rk)
    {
        var table = await NewTableAsync();

        var added = await table.AddAsync(Entity(pk, rk));
        var read = await table.GetAsync(pk, rk);
        var updated = await table.UpdateAsync(Entity(pk, rk, "v2"), read.Value?.ETag ?? "");
        var queried = await table.QueryAsync(new TableQuery(pk) { RowKeyPrefix = rk });
        var deleted = await table.DeleteAsync(pk, rk, updated.Value ?? "");

        Assert.True(added.IsOk && read.IsOk && updated.IsOk && deleted.IsOk, $"{added} {read} {updated} {deleted}");
        Assert.Equal(rk, Assert.Single(queried.Value!.Entities).RowKey);
    }
}
