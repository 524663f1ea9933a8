namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Why a connector call failed, in the terms a caller acts on.</summary>
public enum ConnectorFailure
{
    None,
    BadRequest,        // 400: do not retry
    Unauthorized,      // 401 after one token refresh
    Forbidden,         // 403: blocked, bot removed, disabled: mark the reference stale
    NotFound,          // 404: conversation or activity gone
    TooLarge,          // 413: message too big
    Throttled,         // 429 still after the bounded retries
    ServerError,       // 412/5xx still after the bounded retries
    Timeout,
    Network,
    HostNotAllowed,    // serviceUrl host not on the allow-list: nothing was sent
}

/// <summary>A connector call's result: a value, or a failure with the HTTP status and Teams error code.</summary>
public sealed record ConnectorOutcome<T>(T? Value, ConnectorFailure Failure, int? StatusCode = null, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Failure == ConnectorFailure.None;

    public static ConnectorOutcome<T> Ok(T value, int statusCode = 200) => new(value, ConnectorFailure.None, statusCode);

    public static ConnectorOutcome<T> Failed(ConnectorFailure failure, int? statusCode = null, string? errorCode = null, TimeSpan? retryAfter = null)
        => new(default, failure, statusCode, errorCode, retryAfter);

    /// <summary>This failure as the outcome of another type (a failure carries no value).</summary>
    public ConnectorOutcome<TOther> FailureAs<TOther>() => ConnectorOutcome<TOther>.Failed(Failure, StatusCode, ErrorCode, RetryAfter);
}
