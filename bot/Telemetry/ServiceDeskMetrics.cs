using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Bot.Outbox;

namespace ServiceDesk.Bot.Telemetry;

/// <summary>
/// The service desk's metrics (meter <c>ServiceDesk.Bot</c>): turns and their latency, intents, deflections, outbox
/// depth and oldest age, deliveries, the rate gate's grants and 429s, announcement fan-out progress, SLA at-risk and breaches. Instruments
/// with no listener are skipped by their <c>Enabled</c> check, so recording costs nothing when telemetry is off.
/// </summary>
internal sealed class ServiceDeskMetrics
{
    public ServiceDeskMetrics(IMeterFactory meters, OutboxBacklog backlog)
    {
        var meter = meters.Create(ServiceDeskTelemetry.Name);
        Turns = meter.CreateCounter<long>("servicedesk.turns", "{turn}", "Turns handled, by kind and outcome.");
        TurnDuration = meter.CreateHistogram<double>("servicedesk.turn.duration", "s", "Time from the activity to the last reply sent.");
        Intents = meter.CreateCounter<long>("servicedesk.intents", "{message}", "Free-text messages by recognised intent.");
        Deflections = meter.CreateCounter<long>("servicedesk.deflections", "{answer}", "Knowledge answers that solved the problem without a ticket.");
        Deliveries = meter.CreateCounter<long>("servicedesk.outbox.deliveries", "{message}", "Outbox delivery attempts by outcome and purpose.");
        GateGrants = meter.CreateCounter<long>("servicedesk.outbox.gate.grants", "{call}", "Calls to the Bot Connector let through by this instance's rate gate.");
        Throttled = meter.CreateCounter<long>("servicedesk.connector.throttled", "{response}", "429 answers from the Bot Connector.");
        SlaEvents = meter.CreateCounter<long>("servicedesk.sla.events", "{event}", "SLA targets at risk and breached.");
        meter.CreateObservableGauge("servicedesk.outbox.depth", () => backlog.Depth, "{message}", "Due outbox records found by this instance's last round.");
        meter.CreateObservableGauge("servicedesk.outbox.oldest_age", () => backlog.OldestAge(TimeProvider.System.GetUtcNow()).TotalSeconds, "s",
            "How long the oldest due outbox record has waited.");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> Intents { get; }

    public Counter<long> Deflections { get; }

    /// <summary>Tagged <c>purpose</c>: announcement purposes are the fan-out's progress.</summary>
    public Counter<long> Deliveries { get; }

    /// <summary>Counted as the gate takes the slot, before the call leaves: with the 429s, how close a tenant runs to Teams' limit.</summary>
    public Counter<long> GateGrants { get; }

    public Counter<long> Throttled { get; }

    public Counter<long> SlaEvents { get; }
}

internal static class ServiceDeskMetricsRegistration
{
    /// <summary>The metrics singleton and what it reads; safe to call from every area that records.</summary>
    public static IServiceCollection AddServiceDeskMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxBacklog>();
        services.TryAddSingleton<ServiceDeskMetrics>();
        return services;
    }
}
