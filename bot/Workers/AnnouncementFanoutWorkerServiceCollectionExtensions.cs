
namespace ServiceDesk.Bot.Workers;

internal static class AnnouncementFanoutWorkerServiceCollectionExtensions
{
    /// <summary>
    /// The announcement fan-out's worker (a hosted service); the dialogs' side (<c>IAnnouncementBroadcaster</c>, renderer,
    /// delivery observer) comes with <c>AddServiceDeskCore()</c>. Needs the
    /// records (<c>AddServiceDeskRecords</c>) and the outbox (<c>AddBotProtocol</c>).
    /// </summary>
    public static IServiceCollection AddAnnouncementFanoutWorker(this IServiceCollection services)
    {
        services.AddHostedService<AnnouncementFanoutWorker>();
        return services;
    }
}
