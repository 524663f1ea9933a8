using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Dialogs.Tickets.Waits;

public static class WaitServiceCollectionExtensions
{
    /// <summary>
    /// The wait timers (section <c>Waits</c>, checked at start), the <see cref="WaitMonitor"/> the bot's wait worker
    /// runs, and the recording of posted approval cards. Needs <c>AddServiceDesk()</c> (the SLA calendar, the notifier);
    /// without the access catalogue (<c>AddAccessRequests()</c>) only holds are timed.
    /// </summary>
    public static IServiceCollection AddWaitTimers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WaitOptions>().BindConfiguration(WaitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WaitOptions>, WaitOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryObserver, ApprovalCardObserver>());

        // A factory: the notifier, the queue and the catalogue come from other areas, registered in any order.
        services.TryAddSingleton(sp =>
        {
            var (tickets, profiles, clock, options) = (sp.GetRequiredService<ITicketStore>(), sp.GetRequiredService<IUserProfileStore>(),
                sp.GetRequiredService<SlaClock>(), sp.GetRequiredService<IOptions<WaitOptions>>());
            var catalogue = sp.GetService<AccessCatalogue>();
            return new WaitMonitor(
                tickets,
                catalogue is null ? null : new ApprovalTimer(tickets, profiles, catalogue, clock, options, sp.GetRequiredService<ITicketNotifier>()),
                new HoldTimer(tickets, sp.GetRequiredService<ITicketNotifier>(), sp.GetRequiredService<IAgentQueue>(), profiles, clock, options),
                sp.GetRequiredService<ILogger<WaitMonitor>>());
        });
        return services;
    }
}
