using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Retry and timeout bounds of outbound connector calls (section <c>Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>Attempts per call, the first included (a 401 token refresh adds one more).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff step; doubles per attempt, with full jitter.</summary>
    [Range(1, 60_000)]
    public int BaseDelayMilliseconds { get; set; } = 500;

    /// <summary>Largest backoff step.</summary>
    [Range(1, 300_000)]
    public int MaxDelayMilliseconds { get; set; } = 8_000;

    /// <summary>Longest Retry-After waited inside a call; a longer one is handed back to the caller as Throttled.</summary>
    [Range(0, 3_600)]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>
    /// Time allowed to obtain an outbound token. Past it the call fails at once as <c>TokenUnavailable</c> (the turn
    /// keeps its work and hands its replies to the outbox) instead of waiting out the turn's budget.
    /// </summary>
    [Range(1, 60)]
    public int TokenTimeoutSeconds { get; set; } = 5;

    /// <summary>Time allowed for one HTTP request (headers and body).</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 10;
}
