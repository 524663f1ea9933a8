using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Agents.Queue;

internal static class QueueServiceCollectionExtensions
{
    /// <summary>
    /// The queue setup card (install in a team, "Use this channel for tickets") and the <c>Agents</c> settings,
    /// checked at start. Needs <see cref="IQueueStore"/> (infra records) and <see cref="ITeamRoster"/> (the bot).
    /// </summary>
    public static IServiceCollection AddQueueSetup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AgentQueueOptions>()
            .BindConfiguration(AgentQueueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentQueueOptions>, AgentQueueOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueueSetupHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, QueueSetupHandler>(sp => sp.GetRequiredService<QueueSetupHandler>()));
        return services;
    }
}
