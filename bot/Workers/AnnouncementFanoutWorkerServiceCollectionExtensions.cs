using ServiceDesk.Dialogs.Announcements.Fanout;

namespace ServiceDesk.Bot.Workers;

internal static class AnnouncementFanoutWorkerServiceCollectionExtensions
{
    /// <summary>
    /// Announcement fan-out: the dialogs' side (<see cref="FanoutServiceCollectionExtensions.AddAnnouncementFanout"/>:
    /// <c>IAnnouncementBroadcaster</c>, renderer, delivery observer) and its worker (a hosted service). Needs the
    /// records (<c>AddServiceDeskRecords</c>) and the outbox (<c>AddBotProtocol</c>).
    /// </summary>
    public static IServiceCollection AddAnnouncementFanoutWorker(this IServiceCollection services)
    {
        services.AddAnnouncementFanout();
        services.AddHostedService<AnnouncementFanoutWorker>();
        return services;
    }
}
