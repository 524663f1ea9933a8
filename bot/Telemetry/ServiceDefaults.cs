using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Bot.Telemetry;

/// <summary>
/// Health checks and telemetry. Telemetry is on when an exporter is configured — OTLP with
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, Azure Monitor with <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> — or with
/// <c>Telemetry:Enabled</c> (an exporter added by other code, the tests' in-memory one). Off, nothing is registered: no
/// listener, no decorator, so spans and instruments are skipped by a null or <c>Enabled</c> check.
/// Call last, after the ports it decorates are registered.
/// </summary>
internal static class ServiceDefaults
{
    public static IServiceCollection AddServiceDefaults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDeskHealth();
        services.AddServiceDeskMetrics();
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        if (!otlp && !azureMonitor && !configuration.GetValue<bool>("Telemetry:Enabled"))
        {
            return services;
        }

        services.Decorate<ITicketStore>((inner, sp) => new TracedTicketStore(inner, sp.GetRequiredService<ServiceDeskMetrics>()));
        services.Decorate<IDialogStateStore>((inner, _) => new TracedDialogStateStore(inner));
        services.Decorate<IIntentRecognizer>((inner, sp) => new CountedIntentRecognizer(inner, sp.GetRequiredService<ServiceDeskMetrics>()));
        services.Decorate<IDeflectionLog>((inner, sp) => new CountedDeflectionLog(inner, sp.GetRequiredService<ServiceDeskMetrics>()));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceDeskTelemetry.Name))
            .WithTracing(tracing => tracing.AddServiceDeskInstrumentation())
            .WithMetrics(metrics => metrics.AddServiceDeskInstrumentation())
            .WithLogging();
        if (otlp)
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT (and OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS) itself.
            telemetry.WithTracing(t => t.AddOtlpExporter()).WithMetrics(m => m.AddOtlpExporter()).WithLogging(l => l.AddOtlpExporter());
        }

        if (azureMonitor)
        {
            // Reads APPLICATIONINSIGHTS_CONNECTION_STRING itself.
            telemetry.UseAzureMonitor();
        }

        return services;
    }

    /// <summary>Our spans (a turn, its route, stores, connector calls, the workers), incoming requests and outgoing HTTP.</summary>
    public static TracerProviderBuilder AddServiceDeskInstrumentation(this TracerProviderBuilder tracing) =>
        tracing.AddSource(ServiceDeskTelemetry.Name)
            .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
            .AddHttpClientInstrumentation();

    public static MeterProviderBuilder AddServiceDeskInstrumentation(this MeterProviderBuilder metrics) =>
        metrics.AddMeter(ServiceDeskTelemetry.Name, ServiceDesk.Infra.LanguageModel.LanguageModelMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();

    /// <summary>Health probes every few seconds would drown the traces that matter.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
