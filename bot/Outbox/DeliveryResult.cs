using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// How one delivery attempt ended: delivered (with the ids to keep), failed (the connector's typed failure), or
/// deferred (Teams' limits would have kept it waiting past its lease: nothing was sent, the record is left to expire).
/// </summary>
internal sealed record DeliveryResult(
    bool Delivered,
    string? ActivityId,
    string? ConversationId,
    ConnectorFailure Failure,
    int? StatusCode,
    string? ErrorCode,
    TimeSpan? RetryAfter,
    bool Deferred = false)
{
    public static DeliveryResult Done(string? activityId, string? conversationId) =>
        new(true, activityId, conversationId, ConnectorFailure.None, null, null, null);

    public static DeliveryResult FailedWith<T>(ConnectorOutcome<T> outcome) =>
        new(false, null, null, outcome.Failure, outcome.StatusCode, outcome.ErrorCode, outcome.RetryAfter);

    public static DeliveryResult Failed(ConnectorFailure failure, string errorCode) =>
        new(false, null, null, failure, null, errorCode, null);

    public static DeliveryResult Later() => new(false, null, null, ConnectorFailure.None, null, null, null, Deferred: true);

    /// <summary>What is stored as the record's last error: ids and codes, never message text.</summary>
    public string Describe() => $"{Failure} ({StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no status"}{(ErrorCode is null ? "" : ", " + ErrorCode)})";
}
