using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Bot.Api;

/// <summary>
/// The read-only API: <c>GET /api/tickets/{number}</c>, <c>GET /api/tickets</c>, <c>GET /api/metrics</c>. Every route
/// answers 404 while the API is not configured, 401 without valid credentials, 400 with a reason for a bad parameter.
/// One deployment serves one tenant's store, so the tenant is the credential's: keys are this deployment's, tokens
/// must come from <c>Api:Entra:TenantId</c>; there are no other tenants' tickets to see.
/// </summary>
public static class TicketsApiEndpoints
{
    public const int DefaultMetricsDays = 30;

    public static IEndpointRouteBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(GuardAsync);
        api.MapGet("/tickets/{number}", GetTicketAsync);
        api.MapGet("/tickets", ListTicketsAsync);
        api.MapGet("/metrics", GetMetricsAsync);
        return app;
    }

    private static async ValueTask<object?> GuardAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Enabled)
        {
            return Results.NotFound();
        }

        var refused = await http.RequestServices.GetRequiredService<ApiAuthenticator>().AuthenticateAsync(http.Request, http.RequestAborted);
        return refused is null ? await next(context) : ApiJson.Unauthorized();
    }

    private static async Task<IResult> GetTicketAsync(string number, HttpRequest request, ITicketStore store, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(request.Query);
        if (!query.OnlyKnown())
        {
            return ApiJson.BadRequest(query.Error!);
        }

        // A malformed number names no ticket: the same 404 as an unknown one, so nothing is learnt from the difference.
        if (!TicketNumber.TryParse(number, out var parsed) || await store.GetAsync(parsed, cancellationToken) is not { } ticket)
        {
            return ApiJson.NotFound("No such ticket.");
        }

        var history = await store.GetHistoryAsync(parsed, cancellationToken);
        return ApiJson.Ok(new TicketDetails(TicketView.Of(ticket), history));
    }

    private static async Task<IResult> ListTicketsAsync(HttpRequest request, ITicketQueries tickets, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(request.Query);
        query.OnlyKnown("status", "assignee", "requester", "since", "pageSize", "continuation");
        var filter = new TicketFilter(query.Status("status"), query.Id("assignee"), query.Id("requester"), query.Instant("since"));
        var pageSize = query.PageSize();
        var continuation = query.Continuation(filter);
        if (query.Error is { } error)
        {
            return ApiJson.BadRequest(error);
        }

        if (await tickets.ListAsync(filter, pageSize, continuation, cancellationToken) is not { } page)
        {
            return ApiJson.BadRequest(ApiQuery.ContinuationRefused);
        }

        return ApiJson.Ok(new TicketListView([.. page.Tickets.Select(TicketView.Of)], ApiQuery.Wrap(filter, page.Continuation)));
    }

    private static async Task<IResult> GetMetricsAsync(HttpRequest request, MetricsReader metrics, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(request.Query);
        query.OnlyKnown("from", "to");
        var to = query.Instant("to") ?? clock.GetUtcNow();
        var from = query.Instant("from") ?? to.AddDays(-DefaultMetricsDays);
        if (query.Error is { } error)
        {
            return ApiJson.BadRequest(error);
        }

        if (from >= to || (to - from).TotalDays > MetricsReader.MaxDays)
        {
            return ApiJson.BadRequest($"from must be before to, and the period at most {MetricsReader.MaxDays} days.");
        }

        return ApiJson.Ok(await metrics.ReadAsync(from, to, cancellationToken));
    }
}
