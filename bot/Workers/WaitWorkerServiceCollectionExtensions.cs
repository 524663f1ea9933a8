using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Bot.Workers;

internal static class WaitWorkerServiceCollectionExtensions
{
    /// <summary>The wait worker (a hosted service) and the wait timers it runs (section <c>Waits</c>).</summary>
    public static IServiceCollection AddWaitWorker(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddWaitTimers();
        services.AddHostedService<WaitWorker>();
        return services;
    }
}
