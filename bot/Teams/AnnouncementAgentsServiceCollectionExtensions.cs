using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Workers;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Agents;

namespace ServiceDesk.Bot.Teams;

internal static class AnnouncementAgentsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams side of the agents' outage announcements (the desk itself, its commands and buttons, comes with
    /// <c>AddServiceDeskCore()</c>): the announcements channel (<see cref="IAnnouncementChannel"/>:
    /// setup card or <c>Announcements:Channel</c>) and the watch worker (live counts, next-update reminders).
    /// Needs <c>AddServiceDeskRecords()</c>, <c>AddAgentQueue()</c>, and the fan-out (<see cref="IAnnouncementBroadcaster"/>)
    /// and major incident links (<see cref="IMajorIncidentLinks"/>) registered by their own areas.
    /// </summary>
    public static IServiceCollection AddAnnouncementAgents(this IServiceCollection services)
    {
        // Replaces the desk's "no channel", whichever of the two registrations runs first.
        services.Replace(ServiceDescriptor.Singleton<IAnnouncementChannel, TeamAnnouncementChannel>());
        services.AddHostedService<AnnouncementWatchWorker>();
        return services;
    }
}
