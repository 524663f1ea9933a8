using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// Sends one connector call: host allow-list first, then the HttpClient whose resilience pipeline retries
/// (<see cref="ConnectorResilience"/>) and whose attempt handler adds the token (<see cref="ConnectorAttemptHandler"/>).
/// Every failure comes back as an outcome; only the caller's own cancellation throws.
/// </summary>
internal sealed class ConnectorTransport(
    IHttpClientFactory httpClientFactory,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<ConnectorTransport> logger,
    string httpClientName)
{
    public const string HttpClientName = "ServiceDesk.Connector";

    /// <summary>The same client without the retries, for a caller that retries itself (the outbox worker).</summary>
    public const string SingleAttemptHttpClientName = "ServiceDesk.Connector.SingleAttempt";

    /// <summary>The error code of a call that failed before anything was sent: no outbound token could be obtained.</summary>
    public const string TokenUnavailable = "TokenUnavailable";

    public async Task<ConnectorOutcome<string>> SendAsync(ConnectorRequest request, CancellationToken cancellationToken)
    {
        var uri = Uri.TryCreate($"{request.ServiceUrl.TrimEnd('/')}/{request.Path}", UriKind.Absolute, out var parsed) ? parsed : null;
        var decision = uri is null ? HostDecision.Refused : ConnectorHostPolicy.Decide(uri, botOptions.Value);
        if (uri is null || decision == HostDecision.Refused)
        {
            ConnectorLog.HostRefused(logger, request.Operation, uri?.Host ?? "(invalid serviceUrl)");
            return ConnectorOutcome<string>.Failed(ConnectorFailure.HostNotAllowed);
        }

        // The span's name is built only when someone listens: with telemetry off every call paid for the string.
        using var span = ServiceDeskTelemetry.Source.HasListeners() ? ServiceDeskTelemetry.Start("connector " + request.Operation, ActivityKind.Client) : null;
        var call = new ConnectorCall(request, decision == HostDecision.WithToken);
        using var message = Message(request, uri, call);
        var outcome = await SendAsync(message, call, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            ConnectorLog.Answered(logger, request.Operation, request.ConversationId, outcome.StatusCode ?? 0, call.Attempts);
        }
        else
        {
            ConnectorLog.Failed(logger, request.Operation, request.ConversationId, outcome.Failure, outcome.StatusCode, outcome.ErrorCode, call.Attempts);
            span?.SetStatus(ActivityStatusCode.Error, outcome.Failure.ToString());
        }
        return outcome;
    }

    private async Task<ConnectorOutcome<string>> SendAsync(HttpRequestMessage message, ConnectorCall call, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClientFactory.CreateClient(httpClientName)
                .SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return ConnectorOutcome<string>.Ok(body, status);
            }
            return ConnectorOutcome<string>.Failed(ConnectorRetryPolicy.FailureOf(status), status, ConnectorErrorBody.ReadErrorCode(body),
                ConnectorRetryPolicy.ReadRetryAfter(response.Headers, time.GetUtcNow()));
        }
        catch (ConnectorTokenUnavailableException ex)
        {
            ConnectorLog.TokenUnavailable(logger, call.Request.Operation, ex.InnerException ?? ex);
            return ConnectorOutcome<string>.Failed(ConnectorFailure.Unauthorized, errorCode: TokenUnavailable);
        }
        catch (ConnectorAttemptTimeoutException)
        {
            return ConnectorOutcome<string>.Failed(ConnectorFailure.Timeout);
        }
        catch (HttpRequestException)
        {
            return ConnectorOutcome<string>.Failed(ConnectorFailure.Network);
        }
    }

    private static HttpRequestMessage Message(ConnectorRequest request, Uri uri, ConnectorCall call)
    {
        var message = new HttpRequestMessage(request.Method, uri);
        message.Options.Set(ConnectorCall.Key, call);
        // The headers as their wire text, the same bytes: parsed header objects were built on every call only to be
        // formatted back into these strings when the request was written.
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        }
        return message;
    }
}
