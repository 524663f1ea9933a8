using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// <c>/healthz</c>: the process is alive (no check runs). <c>/readyz</c>: its storage answers and its outbox keeps up
/// (for load balancers and App Service). Answers <c>{"status":…, "checks":{name: description}}</c>, 200 or 503.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddServiceDeskHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [ReadyTag]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(
            new HealthAnswer(
                report.Entries.Count == 0 ? "alive" : report.Status == HealthStatus.Healthy ? "ready" : "not ready",
                report.Entries.ToDictionary(e => e.Key, e => e.Value.Description)),
            Api.ApiJson.Info<HealthAnswer>());
}

/// <summary>What <c>/healthz</c> and <c>/readyz</c> answer: <c>{"status": …, "checks": {name: description}}</c>.</summary>
internal sealed record HealthAnswer(string Status, Dictionary<string, string?> Checks);
