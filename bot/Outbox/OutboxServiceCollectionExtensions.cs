using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceDesk.Bot.Outbox;

internal static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox worker (a hosted service), its rate gate and <see cref="IOutboxSignal"/>, settings from section
    /// <c>Outbox</c> checked at start. Needs the connector client and the records (<c>AddServiceDeskRecords</c>).
    /// </summary>
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.LeaseSeconds > o.DeliveryTimeoutSeconds,
                "Outbox:LeaseSeconds must be greater than Outbox:DeliveryTimeoutSeconds (a delivery must end before its lease).")
            .Validate(o => o.MaxBackoffSeconds * 1000L >= o.BaseBackoffMilliseconds,
                "Outbox:MaxBackoffSeconds must be at least Outbox:BaseBackoffMilliseconds.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateGate>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
