using System.Globalization;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Api;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Now;

namespace ServiceDesk.Bot.Dashboard;

/// <summary>
/// The dashboard: the page (<c>GET /dashboard</c>, the team tab's setup page <c>/dashboard/configure</c>, their files under
/// <c>/dashboard/assets/</c>, the browser's Entra sign-in settings <c>/dashboard/sign-in</c>) and its data
/// (<c>GET /api/dashboard/now</c>, <c>GET /api/dashboard/trends?days=30</c>), read by the same metrics as
/// <c>/api/metrics</c> and <c>stats</c>. Like the API, everything answers 404 while the API is not configured; the
/// page holds no data, and the data answers 401 (sign in) or 403 (not an agent or manager) as <see cref="DashboardAccess"/> decides.
/// </summary>
internal static class DashboardEndpoints
{
    public const int DefaultDays = 30;
    public const int MinDays = 7;

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup("/dashboard").AddEndpointFilter(OnlyWhenConfigured);
        page.MapGet("", () => File(DashboardAssets.Page));
        page.MapGet("/configure", () => File(DashboardAssets.Configure));
        page.MapGet("/sign-in", (DashboardSignIn signIn) => signIn.Settings is { } settings ? ApiJson.Ok(settings) : ApiJson.NotFound("Browser sign-in with Entra ID is off."));
        page.MapGet("/assets/{name}", (string name) => DashboardAssets.Find(name) is { } asset && !name.EndsWith(".html", StringComparison.Ordinal) ? File(asset) : Results.NotFound());

        var data = app.MapGroup("/api/dashboard").AddEndpointFilter(OnlyWhenConfigured).AddEndpointFilter(GuardAsync);
        data.MapGet("/now", async (IDeskNow now, CancellationToken cancellationToken) => ApiJson.Ok(await now.ReadAsync(cancellationToken)));
        data.MapGet("/trends", GetTrendsAsync);
        return app;
    }

    private static IResult File(DashboardAsset asset) => Results.Bytes(asset.Content, asset.ContentType);

    private static async ValueTask<object?> OnlyWhenConfigured(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Enabled)
        {
            return Results.NotFound();
        }

        // Inside Teams the page is framed by Teams; elsewhere by nobody, and it loads nothing from another origin (it
        // reaches the Entra authority only, when browsers sign in).
        http.Response.Headers.ContentSecurityPolicy = http.RequestServices.GetRequiredService<DashboardSignIn>().ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    private static async ValueTask<object?> GuardAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var verdict = await http.RequestServices.GetRequiredService<DashboardAccess>().DecideAsync(http.Request, http.RequestAborted);
        return verdict switch
        {
            DashboardVerdict.Allowed => await next(context),
            DashboardVerdict.Refused => ApiJson.Error(new ApiError("forbidden", "The dashboard is for the service desk's agents and managers."), StatusCodes.Status403Forbidden),
            _ => ApiJson.Unauthorized(),
        };
    }

    private static async Task<IResult> GetTrendsAsync(HttpRequest request, MetricsReader metrics, TimeProvider clock, CancellationToken cancellationToken)
    {
        var days = DefaultDays;
        if (request.Query.TryGetValue("days", out var text)
            && (!int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < MinDays or > MetricsReader.MaxDays))
        {
            return ApiJson.BadRequest($"days must be a whole number from {MinDays} to {MetricsReader.MaxDays}.");
        }

        var to = clock.GetUtcNow();
        return ApiJson.Ok(await metrics.ReadComparedAsync(to.AddDays(-days), to, cancellationToken));
    }
}
