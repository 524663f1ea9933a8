using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// How one delivery attempt ended: delivered (with the ids to keep), failed (the connector's typed failure), or
/// deferred (Teams' limits would have kept it waiting past its lease: nothing was sent, the record is given back, due
/// again in <see cref="RetryAfter"/>),
/// or nothing to send (its renderer said so: the record is completed without a call).
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
    /// <summary>The draft as rendered at delivery (<see cref="ServiceDesk.Dialogs.Ports.IOutboxRenderer"/>): what observers are told of.</summary>
    public ServiceDesk.Dialogs.Outbox.OutboxDraft? Rendered { get; init; }

    /// <summary>The renderer found nothing left to send.</summary>
    public bool NothingToSend { get; init; }

    /// <summary>What observers hear of: the record with the draft as rendered at delivery, if it was.</summary>
    public ServiceDesk.Dialogs.Outbox.OutboxRecord Observed(ServiceDesk.Dialogs.Outbox.OutboxRecord record) =>
        Rendered is { } rendered ? record with { Draft = rendered } : record;

    public static DeliveryResult Nothing() => new(false, null, null, ConnectorFailure.None, null, null, null) { NothingToSend = true };

    public static DeliveryResult Done(string? activityId, string? conversationId) =>
        new(true, activityId, conversationId, ConnectorFailure.None, null, null, null);

    public static DeliveryResult FailedWith<T>(ConnectorOutcome<T> outcome) =>
        new(false, null, null, outcome.Failure, outcome.StatusCode, outcome.ErrorCode, outcome.RetryAfter);

    public static DeliveryResult Failed(ConnectorFailure failure, string errorCode) =>
        new(false, null, null, failure, null, errorCode, null);

    /// <summary>Deferred: nothing sent; the limits allow a call again in <paramref name="wait"/>.</summary>
    public static DeliveryResult Later(TimeSpan wait) => new(false, null, null, ConnectorFailure.None, null, null, wait, Deferred: true);

    /// <summary>What is stored as the record's last error: ids and codes, never message text.</summary>
    public string Describe() => $"{Failure} ({StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no status"}{(ErrorCode is null ? "" : ", " + ErrorCode)})";
}
