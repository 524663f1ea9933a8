using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Dialogs.Metrics.Now;

public static class DeskNowServiceCollectionExtensions
{
    /// <summary>
    /// The dashboard's "now" reader, for a host that has the agents' queue, the announcements and their fan-out stores
    /// (the bot); the metrics reader and the ticket lists come with <c>AddServiceDeskCore()</c>.
    /// </summary>
    public static IServiceCollection AddDeskNow(this IServiceCollection services)
    {
        services.TryAddSingleton<OpenSlaMoments>();
        services.TryAddSingleton<DeskNowReader>();
        services.TryAddSingleton<IDeskNow>(sp => new SharedDeskNow(sp.GetRequiredService<DeskNowReader>()));
        return services;
    }
}
