using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Escalation;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.MyTickets;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Tickets.Sla;
using ServiceDesk.Dialogs.Turns;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Composition of the service desk itself; the host calls <c>builder.Services.AddServiceDesk()</c>. Ports come from
/// infra (stores: <c>AddServiceDeskRecords()</c>, knowledge search: <c>AddKnowledgeBase()</c>).
/// </summary>
internal static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DialogOptions>()
            .BindConfiguration(DialogOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<IncidentCatalogueOptions>()
            .BindConfiguration(IncidentCatalogueOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Categories.All(c => !string.IsNullOrWhiteSpace(c.Id)), "Every Catalogue:Incident:Categories entry needs an Id.")
            .ValidateOnStart();
        services.AddSlaClock();
        services.TryAddSingleton(PriorityMatrix.Default);
        services.TryAddSingleton<IncidentCatalogue>();
        services.AddIntentRecognizer();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, ReportIncidentFlow>());
        services.TryAddSingleton<KnowledgeAnswers>();
        services.AddAssist();
        services.TryAddSingleton<KnowledgeMemory>();
        services.TryAddSingleton<MyTicketsFlow>();
        services.TryAddSingleton<EscalationFlow>();
        services.AddAgentSide();
        services.AddOutboxCommand();
        services.AddAnnouncementsForEmployees();
        services.TryAddSingleton<DialogSessions>();
        services.TryAddSingleton<StepCardLedger>();
        services.TryAddSingleton<IStepCardLedger>(sp => sp.GetRequiredService<StepCardLedger>());
        services.TryAddSingleton<IStepCardKeeper, StepCardKeeper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Ports.IDeliveryObserver, StepCardDeliveryObserver>());
        services.TryAddSingleton<CardActionTable>();
        services.TryAddSingleton<ITurnHandler, ServiceDeskRouter>();
        return services;
    }
}
