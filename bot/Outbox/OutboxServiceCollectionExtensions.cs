using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Dialogs.Ports;

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
            .Validate(o => o.InstanceExpirySeconds * 1000L >= 2L * o.ThrottleRefreshMilliseconds,
                "Outbox:InstanceExpirySeconds must be at least twice Outbox:ThrottleRefreshMilliseconds (a live instance renews its heartbeat at each refresh).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The throttle shared with the other instances through the records' IThrottleStore (required: a host without
        // it stops at start); whether the gate asks it is Outbox:ShareTenantBudget's business. Owned by the container,
        // which disposes it when the host stops: this instance's share is given back to the others at once.
        services.TryAddSingleton<SharedThrottle>();
        services.TryAddSingleton<RateGate>();
        services.TryAddSingleton(sp => new OutboxDelivery(
            SingleAttemptConnector(sp), sp.GetRequiredService<RateGate>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IOutboxRenderer>()));
        services.TryAddSingleton<OutboxOutcomes>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddServiceDeskMetrics();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    /// <summary>
    /// The connector with one attempt per call: the worker is the only one to retry a record. Retrying inside the
    /// call too would sleep a 429's Retry-After without pausing the tenant's other conversations, spend the delivery
    /// timeout on waits (a throttled record then fails as a timeout) and multiply the attempts (8 × 4 calls).
    /// A host that replaced <see cref="IConnectorClient"/> (tests) keeps its own.
    /// </summary>
    private static IConnectorClient SingleAttemptConnector(IServiceProvider services)
    {
        var shared = services.GetRequiredService<IConnectorClient>();
        if (shared is not ConnectorClient)
        {
            return shared;
        }

        return new ConnectorClient(ActivatorUtilities.CreateInstance<ConnectorTransport>(services, ConnectorTransport.SingleAttemptHttpClientName));
    }
}
