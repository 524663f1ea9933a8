using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Bot.Workers;

internal static class SlaWorkerServiceCollectionExtensions
{
    /// <summary>
    /// The SLA worker (a hosted service). The clock, the monitor and the settings (section <c>ServiceLevels</c>) come
    /// from <c>AddServiceDesk()</c>; the ticket notifier and the agent queue from the agents' side.
    /// </summary>
    public static IServiceCollection AddSlaWorker(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<SlaWorker>();
        return services;
    }
}
