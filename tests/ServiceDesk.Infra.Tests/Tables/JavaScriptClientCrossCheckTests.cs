using System.Diagnostics;
using System.Text.Json;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Tables;

/// <summary>Our client and the official JavaScript client (@azure/data-tables) read what the other wrote.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class JavaScriptClientCrossCheckTests(AzuriteFixture azurite)
{
    private readonly ITable table = azurite.CreateService().GetTable("cross" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task The_JavaScript_client_reads_our_entity_with_the_same_values_and_types()
    {
        Assert.True((await table.CreateIfNotExistsAsync()).IsOk);
        var entity = new TableEntity("p", "ours")
        {
            ["Text"] = "from C# ✓ 'quoted'",
            ["Flag"] = true,
            ["Small"] = 42,
            ["Big"] = (1L << 53) + 1,
            ["Ratio"] = 2.5,
            ["Whole"] = 3.0,
            ["When"] = new DateTimeOffset(2025, 3, 9, 21, 59, 58, TimeSpan.Zero).AddTicks(1234567),
            ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
        };
        Assert.True((await table.AddAsync(entity)).IsOk);

        var read = await RunAsync("read", "p", "ours");

        AssertTyped(read, "Text", "String", "from C# ✓ 'quoted'");
        AssertTyped(read, "Flag", "Boolean", "true");
        AssertTyped(read, "Small", "Int32", "42");
        AssertTyped(read, "Big", "Int64", "9007199254740993");
        AssertTyped(read, "Ratio", "Double", "2.5");
        // A JavaScript number cannot tell 3.0 from 3: the JS client infers Int32 for an unannotated whole number.
        Assert.Equal("3", read.GetProperty("Whole").GetProperty("value").GetString());
        AssertTyped(read, "When", "DateTime", "2025-03-09T21:59:58.1234567Z");
        AssertTyped(read, "Id", "Guid", "0f8fad5b-d9cb-469f-a165-70867728950e");
        AssertTyped(read, "Bytes", "Binary", Convert.ToBase64String(new byte[] { 0, 1, 2, 254, 255 }));
    }

    [Fact]
    public async Task We_read_the_JavaScript_clients_entity_with_the_same_values_and_types()
    {
        Assert.True((await table.CreateIfNotExistsAsync()).IsOk);

        await RunAsync("write", "p", "theirs");
        var read = await table.GetAsync("p", "theirs");

        Assert.True(read.IsOk, read.ToString());
        var entity = read.Value!;
        Assert.Equal("from JavaScript ✓ 'quoted'", entity.GetString("Text"));
        Assert.Equal(true, entity.GetBoolean("Flag"));
        Assert.Equal(42, entity.GetInt32("Small"));
        Assert.Equal(9007199254740993L, entity.GetInt64("Big"));
        Assert.Equal(2.5, entity.GetDouble("Ratio"));
        Assert.Equal(3.0, entity.GetDouble("Whole"));
        Assert.Equal(new DateTimeOffset(2025, 3, 9, 21, 59, 58, TimeSpan.Zero).AddTicks(1234567), entity.GetDateTimeOffset("When"));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), entity.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, entity.GetBinary("Bytes"));
    }

    private static void AssertTyped(JsonElement read, string name, string type, string value)
    {
        var property = read.GetProperty(name);
        Assert.Equal(type, property.GetProperty("type").GetString());
        Assert.Equal(value, property.GetProperty("value").GetString());
    }

    private async Task<JsonElement> RunAsync(string mode, string partitionKey, string rowKey)
    {
        var root = RepositoryRoot.Find();
        RepositoryRoot.NodeTool(Path.Combine("@azure", "data-tables", "package.json"));
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[]
        {
            Path.Combine(root, "tests", "ServiceDesk.Infra.Tests", "js", "table-crosscheck.mjs"),
            mode, azurite.ConnectionString, table.Name, partitionKey, rowKey,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
