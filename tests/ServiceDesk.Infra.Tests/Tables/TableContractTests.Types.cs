using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Tables;

public abstract partial class TableContractTests
{
    [Fact]
    public async Task Every_property_type_round_trips_exactly()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2025, 3, 9, 23, 59, 58, TimeSpan.FromHours(2)).AddTicks(1234567);
        var guid = Guid.NewGuid();
        var entity = new TableEntity("p", "types")
        {
            ["Text"] = "héllo ✓ 𝄞 'quoted' \"double\"",
            ["Empty"] = "",
            ["Flag"] = true,
            ["Small"] = int.MinValue,
            ["Big"] = (1L << 53) + 1,
            ["Negative"] = long.MinValue,
            ["Whole"] = 2.0,
            ["Fraction"] = 0.1 + 0.2,
            ["When"] = when,
            ["Id"] = guid,
            ["Bytes"] = new byte[] { 0, 1, 2, 250, 255 },
        };

        Assert.True((await table.AddAsync(entity)).IsOk);
        var read = (await table.GetAsync("p", "types")).Value!;

        foreach (var (name, value) in entity.Properties)
        {
            Assert.True(read.Properties.TryGetValue(name, out var back), $"{name} missing");
            Assert.Equal(value.Type, back.Type);
            Assert.Equal(value, back);
        }

        Assert.Equal(when.UtcTicks, read.GetDateTimeOffset("When")!.Value.UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.GetDateTimeOffset("When")!.Value.Offset);
        Assert.Equal((1L << 53) + 1, read.GetInt64("Big"));
        Assert.Equal(EdmType.Double, read["Whole"].Type);
        Assert.Equal(EdmType.Int32, read["Small"].Type);
    }

    [Fact]
    public async Task Accessors_of_another_type_return_null()
    {
        var table = await NewTableAsync();
        await table.AddAsync(new TableEntity("p", "r") { ["Count"] = 5 });

        var read = (await table.GetAsync("p", "r")).Value!;

        Assert.Null(read.GetInt64("Count"));
        Assert.Null(read.GetString("Count"));
        Assert.Equal(5, read.GetInt32("Count"));
    }
}
