using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Told by the outbox worker how a record ended, after the outcome is stored: a delivered card's activity id goes
/// back to its subject (so it can be updated in place), a card deleted in Teams is posted again, a channel that
/// answers 403 flags its queue. Observers must be idempotent (a record can be reported again after a crash) and
/// must not throw for expected outcomes; the worker logs and ignores an observer that fails.
/// </summary>
public interface IDeliveryObserver
{
    Task DeliveredAsync(OutboxRecord record, string? activityId, string? conversationId, CancellationToken cancellationToken);

    /// <summary>Parked as <paramref name="status"/> (Failed or Unreachable); <paramref name="httpStatus"/> is Teams' answer, if any.</summary>
    Task ParkedAsync(OutboxRecord record, OutboxStatus status, int? httpStatus, CancellationToken cancellationToken);
}
