using System.Net.Http.Headers;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Which connector answers are worth another attempt, and how long to wait first.</summary>
internal static class ConnectorRetryPolicy
{
    /// <summary>412 and these 5xx are transient on the connector (docs/protocol.md §3); 400/403/404/413 never are.</summary>
    public static bool IsTransient(int status) => status is 412 or 500 or 502 or 503 or 504;

    /// <summary>The shared jittered backoff (<see cref="Infra.Resilience.Backoff"/>) over the connector's settings.</summary>
    public static TimeSpan Backoff(int attempt, ConnectorOptions options) =>
        Infra.Resilience.Backoff.Jittered(attempt, TimeSpan.FromMilliseconds(options.BaseDelayMilliseconds), TimeSpan.FromMilliseconds(options.MaxDelayMilliseconds));

    /// <summary>
    /// How long to wait before attempt <paramref name="attempt"/> + 1, or null when this outcome must not be retried:
    /// 429 waits for Retry-After (a wait past the bound is handed back to the caller instead), 412/5xx back off;
    /// a timeout or a broken connection is retried only when the request is idempotent or surely never left.
    /// </summary>
    public static TimeSpan? RetryDelay(HttpMethod method, HttpResponseMessage? response, Exception? exception, int attempt, ConnectorOptions options, DateTimeOffset now)
    {
        if (response is not null)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
            {
                // Waiting longer than the bound would hold a turn or an outbox lease: hand the wait back instead.
                return ReadRetryAfter(response.Headers, now) is { } retryAfter
                    ? retryAfter <= TimeSpan.FromSeconds(options.MaxRetryAfterSeconds) ? retryAfter : null
                    : Backoff(attempt, options);
            }
            return IsTransient(status) ? Backoff(attempt, options) : null;
        }

        // POST is not idempotent: after a timeout or a broken connection the connector may already have posted the
        // message, and a retry would post it twice. Only a request that never left (no connection could be made) is
        // safe to resend; otherwise the caller (the outbox) decides.
        var idempotent = method != HttpMethod.Post;
        return exception switch
        {
            ConnectorAttemptTimeoutException => idempotent ? Backoff(attempt, options) : null,
            HttpRequestException http => idempotent || NeverSent(http) ? Backoff(attempt, options) : null,
            _ => null,
        };
    }

    /// <summary>The connection could not be made at all: nothing reached the connector.</summary>
    public static bool NeverSent(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    /// <summary>Retry-After as delta seconds or an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    public static ConnectorFailure FailureOf(int status) => status switch
    {
        401 => ConnectorFailure.Unauthorized,
        403 => ConnectorFailure.Forbidden,
        404 => ConnectorFailure.NotFound,
        408 => ConnectorFailure.Timeout,
        413 => ConnectorFailure.TooLarge,
        429 => ConnectorFailure.Throttled,
        412 or >= 500 => ConnectorFailure.ServerError,
        _ => ConnectorFailure.BadRequest,
    };
}
