using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

public abstract partial class TableContractTests
{
    public static TheoryData<string> ForbiddenKeys => ["a/b", "a\\b", "a#b", "a?b", "a\u0000b", "tab\t", "del\u007F", "c1\u0085", new string('k', 1025)];

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task Keys_Table_Storage_forbids_are_Invalid_with_a_reason(string key)
    {
        var table = await NewTableAsync();

        var asRow = await table.AddAsync(Entity("p", key));
        var asPartition = await table.UpsertAsync(Entity(key, "r"));
        var get = await table.GetAsync("p", key);
        var query = await table.QueryAsync(new TableQuery(key));

        Assert.All([asRow.Status, asPartition.Status, get.Status, query.Status], s => Assert.Equal(TableStatus.Invalid, s));
        Assert.Contains("Key", asRow.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForbiddenKeys))]
    public async Task Encoded_keys_store_and_decode_to_the_original_text(string text)
    {
        var table = await NewTableAsync();
        var key = TableKey.Encode(text[..Math.Min(text.Length, 300)]);

        var added = await table.AddAsync(Entity(key, key));
        var read = await table.GetAsync(key, key);

        Assert.True(added.IsOk, added.ToString());
        Assert.Equal(text[..Math.Min(text.Length, 300)], TableKey.Decode(read.Value!.RowKey));
    }

    [Fact]
    public async Task Oversized_values_and_entities_are_TooLarge_before_any_request()
    {
        var table = await NewTableAsync();
        var longText = new TableEntity("p", "s") { ["Text"] = new string('x', 32 * 1024 + 1) };
        var bigBinary = new TableEntity("p", "b") { ["Data"] = new byte[64 * 1024 + 1] };
        var huge = new TableEntity("p", "h");
        for (var i = 0; i < 20; i++)
        {
            huge[$"Part{i}"] = new string('y', 30 * 1024);
        }

        var many = new TableEntity("p", "m");
        for (var i = 0; i < 253; i++)
        {
            many[$"P{i}"] = i;
        }

        Assert.Equal(TableStatus.TooLarge, (await table.AddAsync(longText)).Status);
        Assert.Equal(TableStatus.TooLarge, (await table.AddAsync(bigBinary)).Status);
        Assert.Equal(TableStatus.TooLarge, (await table.UpsertAsync(huge)).Status);
        Assert.Equal(TableStatus.TooLarge, (await table.UpdateAsync(many, TableEntity.AnyETag)).Status);
        Assert.Equal(TableStatus.TooLarge, (await table.SubmitBatchAsync([TableBatchOperation.Add(huge)])).Status);
        Assert.Equal(TableStatus.NotFound, (await table.GetAsync("p", "h")).Status);
    }

    [Fact]
    public async Task Values_at_the_limits_are_stored()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", new string('k', 255)) { ["Text"] = new string('x', 32 * 1024), ["Data"] = new byte[64 * 1024] };

        var added = await table.AddAsync(entity);
        var read = await table.GetAsync("p", entity.RowKey);

        Assert.True(added.IsOk, added.ToString());
        Assert.Equal(32 * 1024, read.Value!.GetString("Text")!.Length);
        Assert.Equal(64 * 1024, read.Value.GetBinary("Data")!.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("PartitionKey")]
    [InlineData("odata.type")]
    public async Task Bad_property_names_are_Invalid(string name)
    {
        var table = await NewTableAsync();

        var added = await table.AddAsync(new TableEntity("p", "r") { [name] = 1 });

        Assert.Equal(TableStatus.Invalid, added.Status);
    }
}
