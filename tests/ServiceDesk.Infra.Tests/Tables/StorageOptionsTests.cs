using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Tests.Tables;

public sealed class StorageOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddTableStorage();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void By_default_tables_are_SQLite_in_the_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sd-options-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var provider = Build(new() { ["Storage:DataFolder"] = folder });

            var service = provider.GetRequiredService<ITableService>();

            var sqlite = Assert.IsType<SqliteTableService>(service);
            Assert.Equal(Path.Combine(folder, SqliteTableService.FileName), sqlite.FilePath);
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AzureTables_with_a_connection_string_uses_the_Azure_client_with_the_prefix()
    {
        using var provider = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TablePrefix"] = "test",
        });

        var table = provider.GetRequiredService<ITableService>().GetTable("Tickets");

        Assert.IsType<AzureTable>(table);
        Assert.Equal("testTickets", table.Name);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=desk;AccountKey=AAAA;EndpointSuffix=core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=desk;AccountKey=AAAA;TableEndpoint=https://desk.table.cosmos.azure.com:443/;")]
    [InlineData("TableEndpoint=https://desk.table.core.windows.net/;SharedAccessSignature=sv=2019-02-02&ss=t&sig=abc")]
    public void Connection_strings_the_client_reads_are_accepted(string connection)
    {
        using var provider = Build(new() { ["Storage:Provider"] = "AzureTables", ["Storage:ConnectionString"] = connection });

        var table = provider.GetRequiredService<ITableService>().GetTable("Tickets");

        Assert.Equal("Tickets", table.Name);
    }

    [Fact]
    public void AzureTables_with_an_endpoint_and_a_managed_identity_makes_no_request_until_used()
    {
        using var provider = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:Endpoint"] = "https://desk.table.core.windows.net",
            ["Storage:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Storage:TablePrefix"] = "prod",
        });

        var table = provider.GetRequiredService<ITableService>().GetTable("Tickets");

        Assert.IsType<AzureTable>(table);
        Assert.Equal("prodTickets", table.Name);
    }

    [Theory]
    [InlineData("AzureTables", null, null, null, "Storage:ConnectionString or Storage:Endpoint is required when Storage:Provider is AzureTables")]
    [InlineData("AzureTables", "AccountName=x", null, null, "Storage:ConnectionString cannot be used")]
    [InlineData("AzureTables", "garbage", null, null, "Storage:ConnectionString cannot be used")]
    [InlineData("AzureTables", null, "http://desk.table.core.windows.net", null, "Storage:Endpoint must be an absolute https address")]
    [InlineData("AzureTables", null, "https://desk.table.core.windows.net", "ClientSecret", "Storage:TenantId, Storage:ClientId and Storage:ClientSecret are required")]
    [InlineData("Sqlite", null, null, null, "Storage:DataFolder is required")]
    public void Wrong_combinations_stop_the_app_naming_the_setting(string provider, string? connection, string? endpoint, string? credential, string message)
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connection,
            ["Storage:Endpoint"] = endpoint,
            ["Storage:Credential"] = credential,
            ["Storage:DataFolder"] = provider == "Sqlite" ? " " : null,
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_that_is_not_an_address_stops_the_app()
    {
        using var services = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:Endpoint"] = "https://desk.table.core.windows.net",
            ["Storage:Scope"] = "storage",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Scope must be an absolute address", failure.Message, StringComparison.Ordinal);
    }
}
