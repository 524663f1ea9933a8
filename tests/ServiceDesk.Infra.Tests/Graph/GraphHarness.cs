using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Storage;

namespace ServiceDesk.Infra.Tests.Graph;

/// <summary>The infrastructure's directory composition (SQLite in a temporary folder) against a fake Graph.</summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-graph-" + Guid.NewGuid().ToString("N"));

    private GraphHarness(FakeGraph graph) => Graph = graph;

    public FakeGraph Graph { get; }

    public ServiceProvider Provider { get; private set; } = null!;

    public IDirectory Directory => Provider.GetRequiredService<IDirectory>();

    public static async Task<GraphHarness> StartAsync(
        Dictionary<string, string?>? settings = null, TokenCredential? credential = null, Action<IServiceCollection>? configure = null)
    {
        var harness = new GraphHarness(await FakeGraph.StartAsync());
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = harness.folder,
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = harness.Graph.BaseUrl,
            ["Graph:TenantId"] = "00000000-0000-0000-0000-00000000000a",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-00000000000b",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:TimeoutSeconds"] = "5",
            ["Directory:DefaultApprover:Id"] = "29:desk-lead",
            ["Directory:DefaultApprover:Name"] = "Service desk lead",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddLogging();
        services.AddSingleton(new GraphCredential(credential ?? new FakeGraphCredential()));
        configure?.Invoke(services);
        services.AddTableStorage();
        services.AddDirectory();
        harness.Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Graph.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
