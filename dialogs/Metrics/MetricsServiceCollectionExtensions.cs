using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;

namespace ServiceDesk.Dialogs.Metrics;

internal static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// The metrics reader (needs the records' <c>ITicketStore</c>, <c>ITicketQueries</c> and <c>IDeflectionCounts</c>)
    /// and the agents' channel command <c>stats</c>.
    /// </summary>
    public static IServiceCollection AddServiceDeskMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MetricsReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, StatsCommand>());
        return services;
    }
}
