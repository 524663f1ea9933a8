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

internal static class WaitServiceCollectionExtensions
{
    /// <summary>
    /// The wait timers (section <c>Waits</c>, checked at start), the <see cref="WaitMonitor"/> the bot's wait worker
    /// runs, and the recording of posted approval cards. Needs <c>AddServiceDesk()</c> (the SLA calendar, the notifier),
    /// the access catalogue (<c>AddAccessRequests()</c>) and an agent queue: all required, so a host missing one stops at
    /// start. Whether approvals are timed is a setting (<c>Waits:Approvals:Enabled</c>), not whether a catalogue exists.
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
            var notifier = sp.GetRequiredService<ITicketNotifier>();
            return new WaitMonitor(
                tickets,
                new ApprovalTimer(tickets, profiles, sp.GetRequiredService<AccessCatalogue>(), clock, options, notifier),
                new HoldTimer(tickets, notifier, sp.GetRequiredService<IAgentQueue>(), profiles, clock, options),
                options,
                sp.GetRequiredService<ILogger<WaitMonitor>>());
        });
        return services;
    }
}
