using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Dialogs.Tickets.Sla;

internal static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// The SLA clock (<see cref="ISlaClock"/>) and its settings (section <c>ServiceLevels</c>, checked at start).
    /// Called by <c>AddServiceDesk()</c>. Also <see cref="SlaMonitor"/>, which the bot's SLA worker runs.
    /// </summary>
    public static IServiceCollection AddSlaClock(this IServiceCollection services)
    {
        services.AddOptions<ServiceLevelOptions>()
            .BindConfiguration(ServiceLevelOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceLevelOptions>, ServiceLevelOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlaClock>();
        services.TryAddSingleton<ISlaClock>(sp => sp.GetRequiredService<SlaClock>());

        // A factory: the notifier and the queue come from other areas; a host without them can still start (the SLA
        // worker checks they exist before asking for the monitor).
        services.TryAddSingleton(sp => new SlaMonitor(
            sp.GetRequiredService<ITicketStore>(),
            sp.GetRequiredService<ITicketNotifier>(),
            sp.GetRequiredService<IAgentQueue>(),
            sp.GetRequiredService<SlaClock>(),
            sp.GetRequiredService<IOptions<ServiceLevelOptions>>(),
            sp.GetRequiredService<ILogger<SlaMonitor>>()));
        return services;
    }
}
