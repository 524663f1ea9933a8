using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Bot.Workers;

internal static class WaitWorkerServiceCollectionExtensions
{
    /// <summary>The wait worker (a hosted service); the wait timers it runs (section <c>Waits</c>) come from <c>AddServiceDeskCore()</c>.</summary>
    public static IServiceCollection AddWaitWorker(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<WaitWorker>();
        return services;
    }
}
