using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>Connector logs: ids, statuses and attempts, never message text.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Connector {Operation} on {ConversationId} answered {Status} at attempt {Attempt}")]
    public static partial void Answered(ILogger logger, string operation, string? conversationId, int status, int attempt);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Connector {Operation} on {ConversationId} got {Failure} (status {Status}) at attempt {Attempt}; retrying in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string operation, string? conversationId, ConnectorFailure failure, int? status, int attempt, long delayMilliseconds);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Connector {Operation} on {ConversationId} failed: {Failure} (status {Status}, code {ErrorCode}) at attempt {Attempt}")]
    public static partial void Failed(ILogger logger, string operation, string? conversationId, ConnectorFailure failure, int? status, string? errorCode, int attempt);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Connector {Operation} refused: host {Host} is not an allowed connector host")]
    public static partial void HostRefused(ILogger logger, string operation, string host);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Connector {Operation} on {ConversationId} answered 401; refreshing the token once")]
    public static partial void RefreshingToken(ILogger logger, string operation, string? conversationId);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Error, Message = "Connector {Operation}: no outbound token could be obtained")]
    public static partial void TokenUnavailable(ILogger logger, string operation, Exception exception);
}
