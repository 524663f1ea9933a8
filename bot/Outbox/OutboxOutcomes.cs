using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// Records how a claimed record's delivery ended, each write conditional on the claim (a worker whose lease was taken
/// over writes nothing): delivered, given back (deferred: not an attempt), rescheduled with backoff, or parked; a 429
/// pauses the tenant; the delivery observers hear of deliveries and parked records.
/// </summary>
internal sealed partial class OutboxOutcomes(
    IOutboxStore store,
    IUserProfileStore profiles,
    RateGate gate,
    IEnumerable<IDeliveryObserver> observers,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger)
{
    public async Task RecordAsync(OutboxRecord record, DeliveryResult result, CancellationToken cancellationToken)
    {
        var (key, kind, attempt) = (record.IdempotencyKey, record.Draft.Kind, record.Attempts + 1);
        OutboxWriteOutcome outcome;
        if (result.Deferred)
        {
            // Given back now rather than left to its lease: another worker (another instance's share of the budget)
            // may send it as soon as the limits allow, instead of after the rest of the lease.
            OutboxLog.Deferred(logger, key, kind);
            outcome = await store.ReleaseAsync(record, time.GetUtcNow() + (result.RetryAfter ?? TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
        }
        else if (result.NothingToSend)
        {
            outcome = await store.CompleteAsync(record, null, null, cancellationToken).ConfigureAwait(false);
            LogNothingToSend(logger, key, kind);
        }
        else if (result.Delivered)
        {
            outcome = await store.CompleteAsync(record, result.ActivityId, result.ConversationId, cancellationToken).ConfigureAwait(false);
            if (outcome == OutboxWriteOutcome.Done)
            {
                OutboxLog.Delivered(logger, key, kind, attempt);
                await ObserveAsync(record, o => o.DeliveredAsync(result.Observed(record), result.ActivityId, result.ConversationId, cancellationToken)).ConfigureAwait(false);
            }
        }
        else
        {
            outcome = await RecordFailureAsync(record, result, attempt, cancellationToken).ConfigureAwait(false);
        }

        if (outcome == OutboxWriteOutcome.LeaseLost)
        {
            OutboxLog.LeaseLost(logger, key, kind);
        }
    }

    private async Task<OutboxWriteOutcome> RecordFailureAsync(OutboxRecord record, DeliveryResult result, int attempt, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var (key, kind, tenant) = (record.IdempotencyKey, record.Draft.Kind, record.Draft.Target.TenantId);
        if (result.Failure == ConnectorFailure.Throttled)
        {
            // Teams is throttling this app: slow every conversation of the tenant, not only this one.
            var pause = result.RetryAfter ?? TimeSpan.FromMilliseconds(settings.BaseBackoffMilliseconds);
            gate.Pause(tenant, pause);
            OutboxLog.TenantPaused(logger, tenant, (long)pause.TotalMilliseconds);
        }

        var activityGone = OutboxRetryPolicy.ActivityGone(kind, result.Failure);
        var error = result.Describe() + (activityGone ? "; activity gone" : string.Empty);
        switch (OutboxRetryPolicy.ActionFor(result.Failure, result.ErrorCode))
        {
            case FailureAction.Retry when attempt < settings.MaxAttempts:
                var delay = OutboxRetryPolicy.Delay(attempt, result.RetryAfter, settings);
                OutboxLog.Rescheduled(logger, key, kind, attempt, result.Failure, result.StatusCode, (long)delay.TotalMilliseconds);
                return await store.RescheduleAsync(record, time.GetUtcNow() + delay, error, cancellationToken).ConfigureAwait(false);

            case FailureAction.Retry:
                return await ParkAsync(record, OutboxStatus.Failed, result, attempt, $"{error}; gave up after {attempt} attempts", cancellationToken)
                    .ConfigureAwait(false);

            case FailureAction.ParkUnreachable:
                var parked = await ParkAsync(record, OutboxStatus.Unreachable, result, attempt, error, cancellationToken).ConfigureAwait(false);
                if (parked == OutboxWriteOutcome.Done && !activityGone && record.Draft.RecipientUserId is { Length: > 0 } recipient)
                {
                    await MarkStaleAsync(record, recipient, cancellationToken).ConfigureAwait(false);
                }

                return parked;

            default:
                return await ParkAsync(record, OutboxStatus.Failed, result, attempt, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OutboxWriteOutcome> ParkAsync(
        OutboxRecord record, OutboxStatus status, DeliveryResult result, int attempt, string error, CancellationToken cancellationToken)
    {
        OutboxLog.Parked(logger, record.IdempotencyKey, record.Draft.Kind, attempt, status, result.Failure, result.StatusCode, result.ErrorCode);
        var parked = await store.ParkAsync(record, status, error, cancellationToken).ConfigureAwait(false);
        if (parked == OutboxWriteOutcome.Done)
        {
            await ObserveAsync(record, o => o.ParkedAsync(result.Observed(record), status, result.StatusCode, cancellationToken)).ConfigureAwait(false);
        }

        return parked;
    }

    private async Task ObserveAsync(OutboxRecord record, Func<IDeliveryObserver, Task> observe)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observe(observer).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                OutboxLog.ObserverFailed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
            }
        }
    }

    private async Task MarkStaleAsync(OutboxRecord record, string recipient, CancellationToken cancellationToken)
    {
        try
        {
            await profiles.MarkConversationStaleAsync(recipient, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OutboxLog.StaleMarkFailed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox {Key} ({Kind}) completed without a call: its renderer found nothing left to send")]
    private static partial void LogNothingToSend(ILogger logger, string key, OutboxKind kind);
}
