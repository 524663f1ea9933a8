using ServiceDesk.Bench.Understanding.Desk;
using ServiceDesk.Dialogs;
using ServiceDesk.Dialogs.Agents.Queue;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;
using ServiceDesk.Infra.Directories;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The service desk as the bot composes it (the repository's appsettings.json, the same Add… calls as the host, SQLite in
/// a temporary folder, the real knowledge folder), without the Teams edge: turns go straight to <see cref="ITurnHandler"/>.
/// </summary>
internal sealed class DeskHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DeskHost(ServiceProvider services, string dataFolder, BenchClock clock)
    {
        Clock = clock;
        _services = services;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    public Desk.BenchClock Clock { get; }

    public ITurnHandler Router => _services.GetRequiredService<ITurnHandler>();

    public IIntentRecognizer Recognizer => _services.GetRequiredService<IIntentRecognizer>();

    public ITicketStore Tickets => _services.GetRequiredService<ITicketStore>();

    public IKnowledgeSearch Knowledge => _services.GetRequiredService<IKnowledgeSearch>();

    public static DeskHost Start(RepositoryFiles repository)
    {
        var dataFolder = Directory.CreateTempSubdirectory("sdbot-understanding-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(repository.AppSettings, optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:DataFolder"] = dataFolder,
                ["Knowledge:Folder"] = repository.KnowledgeFolder,
            })
            .Build();
        var services = new ServiceCollection();
        var clock = new BenchClock();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddTableStorage();
        services.AddServiceDeskRecords();
        services.AddKnowledgeBase();
        services.AddServiceDeskCore();
        services.AddConfiguredDirectory();
        services.AddSingleton<ServiceDesk.Dialogs.Agents.IAgentQueue, NoAgentQueue>();
        services.AddSingleton<ServiceDesk.Dialogs.Agents.Queue.ITeamRoster, NoTeamRoster>();
        return new DeskHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), dataFolder, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temporary folder is the system's to clean.
        }
    }
}
