using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Workers;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;

namespace ServiceDesk.Bot.Teams;

internal static class AnnouncementAgentsServiceCollectionExtensions
{
    /// <summary>
    /// The agents' side of outage announcements (<c>AddAnnouncementDesk</c>: <c>outage</c>, the declare and control
    /// cards' buttons, "Declare major incident" on tickets), the announcements channel (<see cref="IAnnouncementChannel"/>:
    /// setup card or <c>Announcements:Channel</c>) and the watch worker (live counts, next-update reminders).
    /// Needs <c>AddServiceDeskRecords()</c>, <c>AddAgentQueue()</c>, and the fan-out (<see cref="IAnnouncementBroadcaster"/>)
    /// and major incident links (<see cref="IMajorIncidentLinks"/>) registered by their own areas.
    /// </summary>
    public static IServiceCollection AddAnnouncementAgents(this IServiceCollection services)
    {
        services.AddAnnouncementDesk();
        services.TryAddSingleton<IAnnouncementChannel, TeamAnnouncementChannel>();
        services.AddHostedService<AnnouncementWatchWorker>();
        return services;
    }
}
