using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Hosting;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: its storage answers (for load balancers and App Service).</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        app.MapGet("/readyz", async (IStorageHealth storage, CancellationToken cancellationToken) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            bool ready;
            try
            {
                ready = await storage.IsReadyAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ready = false;
            }
            return ready
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "storage unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
