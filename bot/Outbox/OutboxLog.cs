using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Outbox;

/// <summary>The outbox worker's log lines: idempotency keys, kinds, attempts and outcomes, never payload text.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox worker {WorkerId} started")]
    public static partial void Started(ILogger logger, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox worker {WorkerId} stopped")]
    public static partial void Stopped(ILogger logger, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Key} ({Kind}) delivered at attempt {Attempt}")]
    public static partial void Delivered(ILogger logger, string key, OutboxKind kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Key} ({Kind}) attempt {Attempt} failed: {Failure} (status {Status}); retry in {DelayMs} ms")]
    public static partial void Rescheduled(ILogger logger, string key, OutboxKind kind, int attempt, ConnectorFailure failure, int? status, long delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Key} ({Kind}) parked as {Outcome} at attempt {Attempt}: {Failure} (status {Status}, code {Code})")]
    public static partial void Parked(ILogger logger, string key, OutboxKind kind, int attempt, OutboxStatus outcome, ConnectorFailure failure, int? status, string? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Key} ({Kind}) deferred: Teams' limits would hold it past its lease")]
    public static partial void Deferred(ILogger logger, string key, OutboxKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Key} ({Kind}): lease lost, another worker owns it now")]
    public static partial void LeaseLost(ILogger logger, string key, OutboxKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox tenant {TenantId} throttled: new sends paused for {PauseMs} ms")]
    public static partial void TenantPaused(ILogger logger, string? tenantId, long pauseMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox claim failed; retrying after the poll interval")]
    public static partial void ClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Key} ({Kind}): unexpected error while delivering")]
    public static partial void DeliveryCrashed(ILogger logger, Exception exception, string key, OutboxKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Key} ({Kind}): outcome not recorded; the record returns after its lease")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string key, OutboxKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Key} ({Kind}): could not mark the recipient's conversation stale")]
    public static partial void StaleMarkFailed(ILogger logger, Exception exception, string key, OutboxKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Key} ({Kind}): a delivery observer failed")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string key, OutboxKind kind);
}
