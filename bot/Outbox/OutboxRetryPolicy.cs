using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Bot.Outbox;

/// <summary>What the worker does after a failed attempt (docs/architecture.md, "Proactive messages and the outbox").</summary>
internal enum FailureAction { Retry, ParkFailed, ParkUnreachable }

internal static class OutboxRetryPolicy
{
    /// <summary>
    /// 429, 412/5xx, timeouts and network errors are worth another attempt, and so is a call that never left because
    /// no token could be obtained (Entra ID unreachable: it comes back); 400, 401 from Teams, 413 and a refused host
    /// are not; 403 and 404 mean the conversation (or the activity) is gone.
    /// </summary>
    public static FailureAction ActionFor(ConnectorFailure failure, string? errorCode = null) => failure switch
    {
        ConnectorFailure.Unauthorized when errorCode == ConnectorTransport.TokenUnavailable => FailureAction.Retry,
        ConnectorFailure.Throttled or ConnectorFailure.ServerError or ConnectorFailure.Timeout or ConnectorFailure.Network => FailureAction.Retry,
        ConnectorFailure.Forbidden or ConnectorFailure.NotFound => FailureAction.ParkUnreachable,
        _ => FailureAction.ParkFailed,
    };

    /// <summary>The shared jittered backoff (<see cref="Backoff"/>) over the outbox's settings, never before Retry-After.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter, OutboxOptions options)
    {
        var backoff = Backoff.Jittered(attempt, TimeSpan.FromMilliseconds(options.BaseBackoffMilliseconds), TimeSpan.FromSeconds(options.MaxBackoffSeconds));
        return retryAfter is { } wait && wait > backoff ? wait : backoff;
    }

    /// <summary>A 404 on an update means the card was deleted in Teams, not that the chat is gone: say so for the re-post.</summary>
    public static bool ActivityGone(OutboxKind kind, ConnectorFailure failure) =>
        kind == OutboxKind.UpdateActivity && failure == ConnectorFailure.NotFound;
}
