using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Infra.Tests.Records;

public sealed class RecordsCompositionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-compose-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddTableStorageAndAddServiceDeskRecords_StartAndStoreATicket()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = folder,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddTableStorage().AddServiceDeskRecords();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var ticket = await provider.GetRequiredService<ITicketStore>().CreateAsync(TestTickets.Incident(), null, CancellationToken.None);

        Assert.Equal("INC-000001", ticket.Number.ToString());
        Assert.True(await provider.GetRequiredService<IStorageHealth>().IsReadyAsync(CancellationToken.None));
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void BadRecordsSetting_StopsAtStartNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Records:NumberBlockSize"] = "0",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddServiceDeskRecords();
        using var provider = services.BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RecordsOptions>>().Value);
        Assert.Contains("NumberBlockSize", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
