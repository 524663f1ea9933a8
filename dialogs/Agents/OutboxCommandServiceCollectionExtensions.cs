using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Agents;

internal static class OutboxCommandServiceCollectionExtensions
{
    /// <summary>
    /// The agents' <c>outbox</c> command and its Retry / Retry all buttons (verbs <c>outbox.</c>). Needs
    /// <see cref="Ports.IOutboxStore"/> and <see cref="IAgentQueue"/>.
    /// </summary>
    public static IServiceCollection AddOutboxCommand(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, OutboxCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, OutboxRetryHandler>());
        return services;
    }
}
