using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Announcements.Agents;

internal static class AnnouncementDeskServiceCollectionExtensions
{
    /// <summary>
    /// The agents' side of outage announcements: the <c>outage</c> command, the declare form's Preview / Publish, the
    /// control card's Post update / Resolve / Cancel / Link incident, "Declare major incident" on a ticket's card, and
    /// the watch (live counts, reminders), and the announcements channel's setup button (settings <c>Announcements</c>). Needs <see cref="IAnnouncementStore"/> (infra), <see cref="IAnnouncementBroadcaster"/>
    /// (the fan-out), <see cref="IMajorIncidentLinks"/> (the employees' side), <see cref="IAgentQueue"/>, and the directory's
    /// <see cref="Audiences.IAudienceDirectory"/> and <see cref="Audiences.ITeamsAppInstaller"/> (infra, off without Graph).
    /// </summary>
    public static IServiceCollection AddAnnouncementDesk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AnnouncementDesk>();
        services.TryAddSingleton<Audiences.AnnouncementAudiences>();
        services.TryAddSingleton<IAnnouncementWatch, AnnouncementWatch>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, OutageCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, LinkCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AnnouncementDeclareHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AnnouncementControlHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AnnouncementFromTicketHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AnnouncementChannelSetupHandler>());
        services.AddOptions<AnnouncementChannelOptions>()
            .BindConfiguration(AnnouncementChannelOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Problem() is null, "Announcements:Channel needs ServiceUrl (absolute http(s)), TeamId and ChannelId.")
            .ValidateOnStart();
        return services;
    }
}
