using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tickets.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// The SLA clock (<see cref="ISlaClock"/>) and its settings (section <c>ServiceLevels</c>, checked at start).
    /// Called by <c>AddServiceDesk()</c>.
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
        return services;
    }
}
