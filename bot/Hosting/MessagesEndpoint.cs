using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size limit → token → parse → claims against the activity → turn.
/// Every rejection is logged once with ids, never with message text, and answered without detail.
/// </summary>
internal static partial class MessagesEndpoint
{
    public static void MapMessages(this IEndpointRouteBuilder app)
    {
        // The turn handler is built now, not at the first message: its card-verb table refuses a verb claimed twice,
        // and that must stop the app at start.
        _ = app.ServiceProvider.GetRequiredService<ServiceDesk.Dialogs.Turns.ITurnHandler>();
        app.MapPost("/api/messages", HandleAsync);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IInboundAuthenticator authenticator,
        TurnRunner runner,
        IOptions<BotOptions> options,
        ILogger<TurnRunner> logger)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            LogRejected(logger, 413, "body over the size limit", null, null);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Local mode serves this machine only: a request that came through a proxy is not from this machine.
        if (options.Value.AllowUnauthenticatedLocal && ConnectionAddress.ForwardingHeaderOf(http.Request) is { } forwarded)
        {
            LogRejected(logger, 401, "forwarding header in local mode: " + forwarded, null, null);
            return Results.Unauthorized();
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), ConnectionAddress.Of(http), http.RequestAborted);
        if (!auth.Succeeded)
        {
            LogRejected(logger, 401, auth.FailureReason, null, null);
            return Results.Unauthorized();
        }

        var body = await ReadLimitedAsync(http, limit);
        if (body is null)
        {
            LogRejected(logger, 413, "body over the size limit", null, null);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.Info<Activity>());
        }
        catch (JsonException)
        {
            LogRejected(logger, 400, "malformed JSON", null, null);
            return Refusal("The request body is not a valid activity.");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            LogRejected(logger, 400, "activity has no type", activity?.Conversation?.Id, activity?.Id);
            return Refusal("The activity has no type.");
        }

        if (auth.Accepts(activity) is { } refusal)
        {
            LogRejected(logger, 401, refusal, activity.Conversation?.Id, activity.Id);
            return Results.Unauthorized();
        }

        var outcome = await runner.RunAsync(activity, http.RequestAborted);
        return outcome.Body is null ? Results.StatusCode(outcome.StatusCode) : Results.Json(outcome.Body, ProtocolJson.Options.GetTypeInfo(outcome.Body.GetType()), statusCode: outcome.StatusCode);
    }

    /// <summary>A 400 with <c>{"error": …}</c>, written through the protocol's generated metadata.</summary>
    private static IResult Refusal(string error) =>
        Results.Json(new JsonObject { ["error"] = error }, ProtocolJson.Info<JsonObject>(), statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Reads the body, or null when it is longer than the limit (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContext http, int limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = null; // we enforce our own limit below, with a clean 413
        }
        if (http.Request.ContentLength is { } length)
        {
            // The usual case, on every turn: the size is known (and within the limit, checked before), so the body is
            // read straight into an array of that size, without a growing stream and a copy.
            var body = new byte[length];
            var filled = 0;
            int got;
            while (filled < body.Length && (got = await http.Request.Body.ReadAsync(body.AsMemory(filled), http.RequestAborted)) > 0)
            {
                filled += got;
            }
            return filled == body.Length ? body : body[..filled];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected /api/messages with {Status}: {Reason} (conversation {ConversationId}, activity {ActivityId})")]
    private static partial void LogRejected(ILogger logger, int status, string? reason, string? conversationId, string? activityId);
}
