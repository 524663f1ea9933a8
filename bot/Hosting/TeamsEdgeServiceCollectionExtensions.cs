using ServiceDesk.Bot.Api;
using ServiceDesk.Bot.Dashboard;
using ServiceDesk.Bot.Teams;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Bot.Workers;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// The composition root of the bot: the protocol edge (inbound authentication, connector, outbox), the Teams side of
/// the agents and announcements, the workers, the read-only API, and last the service defaults (health, telemetry),
/// which decorate the ports registered before them. The per-feature registrations stay beside their features (internal).
/// </summary>
public static class TeamsEdgeServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotProtocol();
        services.AddAgentQueue();
        services.AddAnnouncementAgents();
        services.AddSlaWorker();
        services.AddWaitWorker();
        services.AddHostedService<ClusterWorker>();
        services.AddHostedService<DigestWorker>();
        services.AddHostedService<MembershipJobWorker>();
        services.AddHostedService<LeaversWorker>();
        services.AddHostedService<AccessReviewWorker>();
        services.AddAnnouncementFanoutWorker();
        services.AddTicketsApi();
        services.AddDashboard();
        services.AddServiceDefaults(configuration); // last: it decorates the ports registered above
        return services;
    }
}
