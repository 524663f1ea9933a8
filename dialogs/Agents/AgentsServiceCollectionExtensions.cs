using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Agents;

internal static class AgentsServiceCollectionExtensions
{
    /// <summary>
    /// The agents' side (called by <c>AddServiceDesk()</c>): the ticket card, its buttons, the notifier, the channel
    /// messages and the delivery observer that records posted cards. Needs an <see cref="IAgentQueue"/> and an
    /// <see cref="Tickets.ISlaClock"/> registered by the host (AddAgentQueue / AddSlaClock).
    /// </summary>
    public static IServiceCollection AddAgentSide(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AgentTicketCard>();
        // The card names a requested resource from the access catalogue's settings, bound and validated by the access
        // flow (binding a list twice would append it twice); without access requests they are empty and ids are shown.
        services.AddOptions<Catalogue.AccessCatalogueOptions>();
        services.TryAddSingleton<ITicketNotifier, TicketNotifier>();
        services.TryAddSingleton<Queue.IUnroutedTickets, Queue.UnroutedTickets>();
        services.TryAddSingleton<AgentChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AgentActionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryObserver, CardTrackingObserver>());
        // The agents' "tickets" list reads through ITicketQueries (registered with the storage) and the SLA clock.
        services.TryAddSingleton<TicketList.TicketListReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, TicketList.TicketListCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, TicketList.TicketListHandler>());
        return services;
    }
}
