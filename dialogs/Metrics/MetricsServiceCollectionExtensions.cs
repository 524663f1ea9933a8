using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Metrics.Digest;

namespace ServiceDesk.Dialogs.Metrics;

internal static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// The metrics reader (needs the records' <c>ITicketStore</c>, <c>ITicketQueries</c> and <c>IDeflectionCounts</c>)
    /// the agents' channel command <c>stats</c>, and the weekly digest (settings <c>Digest</c>; run by the host's worker,
    /// needs <see cref="IDigestStore"/> from infra).
    /// </summary>
    public static IServiceCollection AddServiceDeskMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MetricsReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, StatsCommand>());
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<WeeklyDigest>();
        return services;
    }
}
