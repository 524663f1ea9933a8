using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

public abstract partial class TableContractTests
{
    private static async Task<List<TableEntity>> ReadAllAsync(ITable table, TableQuery query)
    {
        var all = new List<TableEntity>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await table.QueryAsync(query with { ContinuationToken = token });
            Assert.True(page.IsOk, page.ToString());
            Assert.True(page.Value!.Entities.Count <= query.Take);
            all.AddRange(page.Value.Entities);
            token = page.Value.ContinuationToken;
            Assert.True(++pages < 100, "Paging does not end.");
        }
        while (token is not null);

        return all;
    }

    private static async Task SeedAsync(ITable table, string pk, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var result = await table.AddAsync(new TableEntity(pk, $"row{i:D3}") { ["N"] = i, ["Even"] = i % 2 == 0 });
            Assert.True(result.IsOk, result.ToString());
        }
    }

    [Fact]
    public async Task Query_pages_with_a_continuation_token_in_row_key_order_within_the_partition()
    {
        var table = await NewTableAsync();
        await SeedAsync(table, "a", 10);
        await SeedAsync(table, "b", 3);

        var first = (await table.QueryAsync(new TableQuery("a") { Take = 4 })).Value!;
        var all = await ReadAllAsync(table, new TableQuery("a") { Take = 4 });

        Assert.Equal(4, first.Entities.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"row{i:D3}"), all.Select(e => e.RowKey));
        Assert.All(all, e => Assert.Equal("a", e.PartitionKey));
        Assert.All(all, e => Assert.False(string.IsNullOrEmpty(e.ETag)));
    }

    [Fact]
    public async Task Query_by_row_key_prefix_and_range()
    {
        var table = await NewTableAsync();
        await SeedAsync(table, "a", 25);

        var prefixed = await ReadAllAsync(table, new TableQuery("a") { RowKeyPrefix = "row01", Take = 3 });
        var ranged = await ReadAllAsync(table, new TableQuery("a") { RowKeyFrom = "row005", RowKeyTo = "row008" });

        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"row{i:D3}"), prefixed.Select(e => e.RowKey));
        Assert.Equal(["row005", "row006", "row007"], ranged.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Query_with_property_filters_combined_with_and()
    {
        var table = await NewTableAsync();
        await SeedAsync(table, "a", 12);

        var found = await ReadAllAsync(table, new TableQuery("a")
        {
            Filters =
            [
                new PropertyFilter("Even", FilterOperator.Equal, true),
                new PropertyFilter("N", FilterOperator.GreaterThanOrEqual, 4),
                new PropertyFilter("N", FilterOperator.LessThan, 10),
            ],
        });

        Assert.Equal([4, 6, 8], found.Select(e => e.GetInt32("N")!.Value));
    }

    [Fact]
    public async Task A_quote_in_a_filter_value_matches_literally_and_cannot_change_the_query()
    {
        var table = await NewTableAsync();
        await table.AddAsync(new TableEntity("a", "1") { ["Name"] = "O'Brien" });
        await table.AddAsync(new TableEntity("a", "2") { ["Name"] = "Smith" });
        await table.AddAsync(new TableEntity("b", "3") { ["Name"] = "x" });

        var exact = await ReadAllAsync(table, new TableQuery("a") { Filters = [new("Name", FilterOperator.Equal, "O'Brien")] });
        var injected = await ReadAllAsync(table, new TableQuery("a")
        {
            Filters = [new("Name", FilterOperator.Equal, "nobody' or PartitionKey ne 'zz")],
        });

        Assert.Equal(["1"], exact.Select(e => e.RowKey));
        Assert.Empty(injected);
    }

    [Fact]
    public async Task Query_of_an_empty_partition_is_an_empty_last_page()
    {
        var table = await NewTableAsync();

        var page = await table.QueryAsync(new TableQuery("nobody"));

        Assert.True(page.IsOk, page.ToString());
        Assert.Empty(page.Value!.Entities);
        Assert.Null(page.Value.ContinuationToken);
    }

    [Fact]
    public async Task Query_filters_on_long_datetime_and_guid_values()
    {
        var table = await NewTableAsync();
        var day = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        for (var i = 0; i < 5; i++)
        {
            await table.AddAsync(new TableEntity("a", $"r{i}") { ["Big"] = (1L << 40) + i, ["Due"] = day.AddHours(i), ["Id"] = i == 3 ? id : Guid.Empty });
        }

        var big = await ReadAllAsync(table, new TableQuery("a") { Filters = [new("Big", FilterOperator.GreaterThan, (1L << 40) + 2)] });
        var due = await ReadAllAsync(table, new TableQuery("a") { Filters = [new("Due", FilterOperator.LessThanOrEqual, day.AddHours(1))] });
        var byId = await ReadAllAsync(table, new TableQuery("a") { Filters = [new("Id", FilterOperator.Equal, id)] });

        Assert.Equal(["r3", "r4"], big.Select(e => e.RowKey));
        Assert.Equal(["r0", "r1"], due.Select(e => e.RowKey));
        Assert.Equal(["r3"], byId.Select(e => e.RowKey));
    }
}
