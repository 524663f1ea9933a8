using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>The records as the app composes them (<c>AddServiceDeskRecords</c>) over one table backend.</summary>
internal sealed class RecordsHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public RecordsHarness(ITableService tables, int numberBlockSize = 20, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Records:NumberBlockSize"] = numberBlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(tables)
            .AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddServiceDeskRecords();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ITicketStore Tickets => provider.GetRequiredService<ITicketStore>();

    public ServiceDesk.Dialogs.Announcements.Employees.IMajorIncidentLinkStore Links => provider.GetRequiredService<ServiceDesk.Dialogs.Announcements.Employees.IMajorIncidentLinkStore>();

    public IOutboxStore Outbox => provider.GetRequiredService<IOutboxStore>();

    public IUserProfileStore Profiles => provider.GetRequiredService<IUserProfileStore>();

    public IDialogStateStore DialogState => provider.GetRequiredService<IDialogStateStore>();

    public ITicketQueries Queries => provider.GetRequiredService<ITicketQueries>();

    public ServiceDesk.Dialogs.Flows.Knowledge.IDeflectionLog Deflections => provider.GetRequiredService<ServiceDesk.Dialogs.Flows.Knowledge.IDeflectionLog>();

    public IStorageHealth Health => provider.GetRequiredService<IStorageHealth>();

    public ServiceDesk.Dialogs.Agents.Queue.IQueueStore Queues => provider.GetRequiredService<ServiceDesk.Dialogs.Agents.Queue.IQueueStore>();

    public ServiceDesk.Dialogs.Announcements.IAnnouncementStore Announcements => provider.GetRequiredService<ServiceDesk.Dialogs.Announcements.IAnnouncementStore>();

    public ServiceDesk.Dialogs.Announcements.Fanout.IFanoutStore Fanout => provider.GetRequiredService<ServiceDesk.Dialogs.Announcements.Fanout.IFanoutStore>();

    public ServiceDesk.Dialogs.Problems.IProblemStore Problems => provider.GetRequiredService<ServiceDesk.Dialogs.Problems.IProblemStore>();

    public ServiceDesk.Dialogs.Problems.Clusters.IClusterStore Clusters => provider.GetRequiredService<ServiceDesk.Dialogs.Problems.Clusters.IClusterStore>();

    public ServiceDesk.Dialogs.Metrics.Digest.IDigestStore Digests => provider.GetRequiredService<ServiceDesk.Dialogs.Metrics.Digest.IDigestStore>();

    public ServiceDesk.Dialogs.Knowledge.IKnowledgeArticleStore Articles => provider.GetRequiredService<ServiceDesk.Dialogs.Knowledge.IKnowledgeArticleStore>();

    internal TableProblemStore ProblemTable => provider.GetRequiredService<TableProblemStore>();

    internal TicketRecovery Recovery => provider.GetRequiredService<TicketRecovery>();

    internal TicketNumberAllocator Numbers => provider.GetRequiredService<TicketNumberAllocator>();

    internal RecordTables Tables => provider.GetRequiredService<RecordTables>();

    internal TicketJournal Journal => provider.GetRequiredService<TicketJournal>();

    internal TableMetricDays MetricDays => provider.GetRequiredService<TableMetricDays>();

    internal DeferredTicketWork Deferred => provider.GetRequiredService<DeferredTicketWork>();

    public void Dispose() => provider.Dispose();
}
