using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Dialogs.Announcements.Fanout;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Dialogs;

/// <summary>
/// The composition root of the service desk itself: every dialog, flow, handler and their settings. The per-feature
/// registrations stay beside their features (internal); the host calls only this. Every port has one implementation,
/// registered by exactly one project: the stores (the deflection log and the held unrouted tickets among them) by
/// infra (<c>AddServiceDeskInfrastructure()</c>), the connector side by the Teams edge (<c>AddTeamsEdge()</c>); what the
/// service desk implements itself, it registers here (the incident flow's outages come from the stored announcements).
/// Nothing here stands in for a port, so a host that forgets one stops at start (ValidateOnBuild), not at the first
/// message that needs it.
/// </summary>
public static class ServiceDeskCoreServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDeskCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddServiceDesk();
        services.AddAccessRequests();
        services.AddFulfilment();
        services.AddWaitTimers();
        services.AddQueueSetup();
        services.AddAnnouncementFanout();
        services.AddAnnouncementDesk();
        services.AddProblems();
        services.AddServiceDeskMetrics();
        return services;
    }
}
