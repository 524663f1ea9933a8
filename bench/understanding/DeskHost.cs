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
using ServiceDesk.Infra.LanguageModel;
using ServiceDesk.Infra.LanguageModel.Embeddings;
using ServiceDesk.Dialogs.Assist;
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

    /// <summary>The access catalogue the router's second looks read (<c>ServiceDeskRouter.SecondLooks</c>).</summary>
    public ServiceDesk.Dialogs.Catalogue.AccessCatalogue AccessCatalogue => _services.GetRequiredService<ServiceDesk.Dialogs.Catalogue.AccessCatalogue>();

    public ITicketStore Tickets => _services.GetRequiredService<ITicketStore>();

    public IKnowledgeSearch Knowledge => _services.GetRequiredService<IKnowledgeSearch>();

    /// <summary>The language model's second reading of what the rules are unsure of, as the router asks it (unchanged without a model).</summary>
    public UnsureUnderstanding Unsure => _services.GetRequiredService<UnsureUnderstanding>();

    /// <summary>
    /// With <paramref name="model"/>, the optional language model composed as the bot composes it, from the
    /// <c>LanguageModel</c> settings of the environment (<c>LanguageModel__Provider</c>, …) and then of
    /// <paramref name="model"/>'s own; its articles' vectors made before anything is measured when an embedding model is set.
    /// </summary>
    public static async Task<DeskHost> StartAsync(RepositoryFiles repository, IReadOnlyDictionary<string, string?>? model, CancellationToken cancellationToken)
    {
        var host = Start(repository, model);
        if (model is not null && host._services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LanguageModelOptions>>().Value.EmbeddingsEnabled)
        {
            var knowledge = await host._services.GetRequiredService<IKnowledgeSnapshot>().CurrentAsync(cancellationToken).ConfigureAwait(false);
            await host._services.GetRequiredService<ArticleVectors>().IndexAsync(knowledge, cancellationToken).ConfigureAwait(false);
        }

        return host;
    }

    public static DeskHost Start(RepositoryFiles repository, IReadOnlyDictionary<string, string?>? model = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("sdbot-understanding-").FullName;
        var builder = new ConfigurationBuilder()
            .AddJsonFile(repository.AppSettings, optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:DataFolder"] = dataFolder,
                ["Knowledge:Folder"] = repository.KnowledgeFolder,
            });
        if (model is not null)
        {
            builder.AddEnvironmentVariables().AddInMemoryCollection(model);
        }

        var configuration = builder.Build();
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
        services.AddSingleton<ServiceDesk.Dialogs.Announcements.Audiences.IAudienceDirectory, NoAudienceDirectory>();
        services.AddSingleton<ServiceDesk.Dialogs.Announcements.Audiences.ITeamsAppInstaller, NoAppInstaller>();
        if (model is not null)
        {
            services.AddLanguageModel();
            services.AddHybridKnowledge();
        }

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
