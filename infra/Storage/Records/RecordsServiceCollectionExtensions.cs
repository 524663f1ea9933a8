using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Storage.Records;

internal static class RecordsServiceCollectionExtensions
{
    /// <summary>
    /// The service desk's records (tickets, outbox, profiles, dialog state, storage health, agents' queues, announcements, problems and their clusters, published articles) on the table contract.
    /// Needs <c>AddTableStorage()</c> for the backend; creates the tables at start and runs ticket recovery.
    /// </summary>
    public static IServiceCollection AddServiceDeskRecords(this IServiceCollection services)
    {
        services.AddOptions<RecordsOptions>()
            .BindConfiguration(RecordsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RecordTables>();
        services.TryAddSingleton<TicketNumberAllocator>();
        services.TryAddSingleton<TicketJournal>();
        services.TryAddSingleton<OpenTicketWriter>();
        services.TryAddSingleton<TicketWorkApplier>();
        services.TryAddSingleton<DeferredTicketWork>();
        services.TryAddSingleton<TicketRecovery>();
        services.TryAddSingleton<TableOutboxStore>();
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<TableOutboxStore>());
        services.TryAddSingleton<ITicketStore, TableTicketStore>();
        services.TryAddSingleton<IUserProfileStore, TableUserProfileStore>();
        services.TryAddSingleton<ITicketQueries, TableTicketQueries>();
        services.TryAddSingleton<TableDeflectionLog>();
        services.TryAddSingleton<IDeflectionLog>(sp => sp.GetRequiredService<TableDeflectionLog>());
        services.TryAddSingleton<IDeflectionCounts>(sp => sp.GetRequiredService<TableDeflectionLog>());
        services.TryAddSingleton<IDialogStateStore, TableDialogStateStore>();
        services.TryAddSingleton<ServiceDesk.Dialogs.Announcements.Employees.IMajorIncidentLinkStore, TableAnnouncementStore>();
        services.TryAddSingleton<IStorageHealth, TableStorageHealth>();
        services.TryAddSingleton<IQueueStore, TableQueueStore>();
        services.TryAddSingleton<IUnroutedStore, TableUnroutedStore>();
        services.TryAddSingleton<IAnnouncementChannelStore, TableAnnouncementChannelStore>();
        services.TryAddSingleton<IAnnouncementStore, TableAnnouncementStore>();
        services.TryAddSingleton<ServiceDesk.Dialogs.Announcements.Fanout.IFanoutStore, TableFanoutStore>();
        services.TryAddSingleton<IThrottleStore, TableThrottleStore>();
        services.TryAddSingleton<TableProblemStore>();
        services.TryAddSingleton<ServiceDesk.Dialogs.Problems.IProblemStore>(sp => sp.GetRequiredService<TableProblemStore>());
        services.TryAddSingleton<ServiceDesk.Dialogs.Problems.Clusters.IClusterStore>(sp => sp.GetRequiredService<TableProblemStore>());
        services.TryAddSingleton<ServiceDesk.Dialogs.Knowledge.IKnowledgeArticleStore>(sp => sp.GetRequiredService<TableProblemStore>());
        services.TryAddSingleton<ServiceDesk.Dialogs.Metrics.Digest.IDigestStore>(sp => sp.GetRequiredService<TableProblemStore>());
        services.TryAddSingleton<IMembershipJobStore, TableMembershipJobStore>();
        services.TryAddSingleton<TableMetricDays>();
        services.TryAddSingleton<ServiceDesk.Dialogs.Metrics.Days.IMetricDays>(sp => sp.GetRequiredService<TableMetricDays>());
        services.TryAddSingleton<MetricDaysBuild>();
        services.AddHostedService<RecordsStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricDaysBuild>());
        return services;
    }
}
