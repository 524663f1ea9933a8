using System.Net.Http.Headers;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Which connector answers are worth another attempt, and how long to wait first.</summary>
internal static class ConnectorRetryPolicy
{
    /// <summary>412 and these 5xx are transient on the connector (docs/protocol.md §3); 400/403/404/413 never are.</summary>
    public static bool IsTransient(int status) => status is 412 or 500 or 502 or 503 or 504;

    /// <summary>
    /// Exponential backoff with full jitter: uniform in [1 ms, min(max, base·2^(attempt-1))]. At least 1 ms because
    /// <c>Task.Delay</c> counts whole milliseconds: a shorter draw would not wait at all (and, in tests, not on the clock).
    /// </summary>
    public static TimeSpan Backoff(int attempt, ConnectorOptions options)
    {
        var ceiling = Math.Min(options.MaxDelayMilliseconds, options.BaseDelayMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromMilliseconds(Math.Max(1, Random.Shared.NextDouble() * ceiling));
    }

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
