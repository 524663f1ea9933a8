using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs;

/// <summary>
/// The composition root of the service desk itself: every dialog, flow, handler and their settings. The per-feature
/// registrations stay beside their features (internal); the host calls only this. Ports come from infra
/// (<c>AddServiceDeskInfrastructure()</c>) and the Teams edge (<c>AddTeamsEdge()</c>).
/// </summary>
public static class ServiceDeskCoreServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDeskCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddServiceDesk();
        services.AddAccessRequests();
        services.AddQueueSetup();
        services.AddAnnouncementFanout();
        services.AddAnnouncementDesk();
        services.AddServiceDeskMetrics();
        return services;
    }
}
