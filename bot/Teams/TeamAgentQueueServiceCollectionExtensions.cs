using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Teams;

internal static class TeamAgentQueueServiceCollectionExtensions
{
    /// <summary>
    /// The agents' queue on Teams (its setup card and settings come with <c>AddServiceDeskCore()</c>): team rosters through
    /// the connector (<see cref="ITeamRoster"/>), <see cref="IAgentQueue"/>, and queue health (an <see cref="IDeliveryObserver"/>).
    /// Needs <c>AddServiceDeskRecords()</c> (the queue store) and <c>AddBotProtocol()</c> (the connector).
    /// </summary>
    public static IServiceCollection AddAgentQueue(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AgentRoster>();
        services.TryAddSingleton<ITeamRoster>(sp => sp.GetRequiredService<AgentRoster>());
        services.TryAddSingleton<TeamAgentQueue>();
        services.TryAddSingleton<IAgentQueue>(sp => sp.GetRequiredService<TeamAgentQueue>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryObserver, TeamAgentQueueHealth>());
        services.AddHostedService<UnroutedStartup>();
        return services;
    }
}
