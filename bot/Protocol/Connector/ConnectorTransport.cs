using System.Diagnostics;
using System.Net.Http.Headers;
using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>
/// Sends one connector call: host allow-list, bearer token, per-request timeout and bounded retries.
/// Every failure comes back as an outcome; only the caller's own cancellation throws.
/// </summary>
internal sealed class ConnectorTransport(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    IOptions<BotOptions> botOptions,
    IOptions<ConnectorOptions> connectorOptions,
    ServiceDeskMetrics metrics,
    TimeProvider time,
    ILogger<ConnectorTransport> logger)
{
    public const string HttpClientName = "ServiceDesk.Connector";

    /// <summary>The error code of a call that failed before anything was sent: no outbound token could be obtained.</summary>
    public const string TokenUnavailable = "TokenUnavailable";

    public async Task<ConnectorOutcome<string>> SendAsync(ConnectorRequest request, CancellationToken cancellationToken)
    {
        var options = connectorOptions.Value;
        var uri = Uri.TryCreate($"{request.ServiceUrl.TrimEnd('/')}/{request.Path}", UriKind.Absolute, out var parsed) ? parsed : null;
        var decision = uri is null ? HostDecision.Refused : ConnectorHostPolicy.Decide(uri, botOptions.Value);
        if (uri is null || decision == HostDecision.Refused)
        {
            ConnectorLog.HostRefused(logger, request.Operation, uri?.Host ?? "(invalid serviceUrl)");
            return ConnectorOutcome<string>.Failed(ConnectorFailure.HostNotAllowed);
        }

        using var span = ServiceDeskTelemetry.Start("connector " + request.Operation, ActivityKind.Client);
        var http = httpClientFactory.CreateClient(HttpClientName);
        var forceRefresh = false;
        var refreshedAfter401 = false;
        var attempt = 0;
        while (true)
        {
            attempt++;
            string? token = null;
            if (decision == HostDecision.WithToken)
            {
                // Entra ID unreachable would otherwise hold the call (Azure.Identity retries on its own) until the
                // turn's whole budget is gone: bounded, so the turn can still save its work and defer its replies.
                using var tokenTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                tokenTimeout.CancelAfter(TimeSpan.FromSeconds(options.TokenTimeoutSeconds));
                try
                {
                    token = await tokens.GetTokenAsync(forceRefresh, tokenTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException or RequestFailedException or HttpRequestException
                    || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    ConnectorLog.TokenUnavailable(logger, request.Operation, ex);
                    return ConnectorOutcome<string>.Failed(ConnectorFailure.Unauthorized, errorCode: TokenUnavailable);
                }
                forceRefresh = false;
            }

            var result = await SendOnceAsync(http, request, uri, token, options, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                ConnectorLog.Answered(logger, request.Operation, request.ConversationId, result.Status, attempt);
                return ConnectorOutcome<string>.Ok(result.Body, result.Status);
            }

            var failure = result.Answered ? ConnectorRetryPolicy.FailureOf(result.Status) : result.Error;
            if (failure == ConnectorFailure.Throttled && metrics.Throttled.Enabled)
            {
                metrics.Throttled.Add(1, new KeyValuePair<string, object?>("operation", request.Operation));
            }

            int? status = result.Answered ? result.Status : null;
            var errorCode = result.Answered ? ConnectorErrorBody.ReadErrorCode(result.Body) : null;

            // A rejected token gets one fresh token and one more try, outside the attempt budget.
            if (failure == ConnectorFailure.Unauthorized && token is not null && !refreshedAfter401)
            {
                ConnectorLog.RefreshingToken(logger, request.Operation, request.ConversationId);
                refreshedAfter401 = forceRefresh = true;
                attempt--;
                continue;
            }

            if (attempt < options.MaxAttempts && RetryDelay(request, result, attempt, options) is { } delay)
            {
                ConnectorLog.Retrying(logger, request.Operation, request.ConversationId, failure, status, attempt, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            ConnectorLog.Failed(logger, request.Operation, request.ConversationId, failure, status, errorCode, attempt);
            span?.SetStatus(ActivityStatusCode.Error, failure.ToString());
            return ConnectorOutcome<string>.Failed(failure, status, errorCode, result.RetryAfter);
        }
    }

    /// <summary>How long to wait before the next attempt, or null when this result must not be retried.</summary>
    private static TimeSpan? RetryDelay(ConnectorRequest request, ConnectorAttempt result, int attempt, ConnectorOptions options)
    {
        if (result.Answered)
        {
            if (result.Status == 429)
            {
                // Waiting longer than the bound would hold a turn or an outbox lease: hand the wait back instead.
                return result.RetryAfter is { } retryAfter
                    ? retryAfter <= TimeSpan.FromSeconds(options.MaxRetryAfterSeconds) ? retryAfter : null
                    : ConnectorRetryPolicy.Backoff(attempt, options);
            }
            return ConnectorRetryPolicy.IsTransient(result.Status) ? ConnectorRetryPolicy.Backoff(attempt, options) : null;
        }

        // POST is not idempotent: after a timeout or a broken connection the connector may already have
        // posted the message, and a retry would post it twice. Only a request that never left (no
        // connection could be made) is safe to resend; otherwise the caller (the outbox) decides.
        var idempotent = request.Method != HttpMethod.Post;
        return idempotent || result.NeverSent ? ConnectorRetryPolicy.Backoff(attempt, options) : null;
    }

    private async Task<ConnectorAttempt> SendOnceAsync(HttpClient http, ConnectorRequest request, Uri uri, string? token, ConnectorOptions options, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, uri);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var retryAfter = ConnectorRetryPolicy.ReadRetryAfter(response.Headers, time.GetUtcNow());
            return new ConnectorAttempt((int)response.StatusCode, body, retryAfter, ConnectorFailure.None, NeverSent: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ConnectorAttempt(0, "", null, ConnectorFailure.Timeout, NeverSent: false);
        }
        catch (HttpRequestException ex)
        {
            var neverSent = ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            return new ConnectorAttempt(0, "", null, ConnectorFailure.Network, neverSent);
        }
    }
}
