using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>Composition of the service desk itself; the host calls <c>builder.Services.AddServiceDesk()</c>.</summary>
public static class DialogsServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DialogOptions>()
            .BindConfiguration(DialogOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<DialogSessions>();
        services.TryAddSingleton<ITurnHandler, ServiceDeskRouter>();
        return services;
    }
}
