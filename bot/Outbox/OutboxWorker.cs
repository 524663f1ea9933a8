using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// Delivers the outbox (docs/architecture.md, "Proactive messages and the outbox"): claims due records under a lease, delivers
/// them through the connector within Teams' limits, and records the outcome conditionally on the claim, so several
/// instances share the work and a record recorded as delivered is never sent again. One per instance.
/// </summary>
internal sealed partial class OutboxWorker(
    IOutboxStore store,
    IUserProfileStore profiles,
    OutboxDelivery delivery,
    RateGate gate,
    OutboxSignal signal,
    IEnumerable<IDeliveryObserver> observers,
    IOptions<OutboxOptions> options,
    OutboxBacklog backlog,
    ServiceDeskMetrics metrics,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    /// <summary>Time to record an outcome after a send even when the host is stopping: a delivered record must say so.</summary>
    private static readonly TimeSpan RecordGrace = TimeSpan.FromSeconds(10);

    private long cycles;

    public string WorkerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Claim-and-deliver rounds completed, so tests can wait for "the worker has looked" instead of sleeping.</summary>
    internal long Cycles => Interlocked.Read(ref cycles);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        OutboxLog.Started(logger, WorkerId);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await RunOnceAsync(stoppingToken).ConfigureAwait(false) == 0)
                {
                    await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A record mid-delivery keeps its lease and returns to the queue when the lease expires.
        }

        OutboxLog.Stopped(logger, WorkerId);
    }

    /// <summary>One round: claims a batch and delivers it (conversations in parallel, each one's records in due order).</summary>
    internal async Task<int> RunOnceAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        IReadOnlyList<OutboxRecord> claimed = [];
        try
        {
            var now = time.GetUtcNow();
            claimed = await store.ClaimDueAsync(WorkerId, now, settings.Lease, settings.BatchSize, stoppingToken).ConfigureAwait(false);
            backlog.Observe(claimed.Count, claimed.Count == 0 ? null : claimed.Min(r => r.DueAt), now);
            var conversations = claimed.OrderBy(r => r.DueAt).ThenBy(r => r.CreatedAt).GroupBy(r => OutboxDelivery.PacingKey(r.Draft));
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentConversations, CancellationToken = stoppingToken };
            await Parallel.ForEachAsync(conversations, parallel, async (records, token) =>
            {
                foreach (var record in records)
                {
                    await DeliverAsync(record, token).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            OutboxLog.ClaimFailed(logger, ex);
        }
        finally
        {
            Interlocked.Increment(ref cycles);
        }

        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxRecord record, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var started = time.GetUtcNow();
        var deadline = started + settings.DeliveryTimeout;
        if (record.Lease is { } lease && deadline > lease.ExpiresAt)
        {
            // Too little of the lease left to finish safely: another claim will take it after expiry.
            OutboxLog.Deferred(logger, record.IdempotencyKey, record.Draft.Kind);
            return;
        }

        using var span = ServiceDeskTelemetry.Start("outbox.deliver");
        span?.SetTag("servicedesk.outbox.kind", record.Draft.Kind.ToString());
        span?.SetTag("servicedesk.outbox.purpose", record.Draft.Purpose);
        DeliveryResult result;
        using (var timeout = new CancellationTokenSource(settings.DeliveryTimeout, time))
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token))
        {
            try
            {
                result = await delivery.DeliverAsync(record, deadline, budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                result = DeliveryResult.Failed(ConnectorFailure.Timeout, "DeliveryTimeout");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OutboxLog.DeliveryCrashed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
                result = DeliveryResult.Failed(ConnectorFailure.ServerError, "Unexpected");
            }
        }

        Count(record, result);
        using var grace = new CancellationTokenSource(RecordGrace);
        try
        {
            await RecordAsync(record, result, grace.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OutboxLog.RecordFailed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
        }
    }

    private async Task RecordAsync(OutboxRecord record, DeliveryResult result, CancellationToken cancellationToken)
    {
        var (key, kind, attempt) = (record.IdempotencyKey, record.Draft.Kind, record.Attempts + 1);
        if (result.Deferred)
        {
            OutboxLog.Deferred(logger, key, kind);
            return;
        }

        OutboxWriteOutcome outcome;
        if (result.NothingToSend)
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

    private void Count(OutboxRecord record, DeliveryResult result)
    {
        if (!metrics.Deliveries.Enabled)
        {
            return;
        }

        var outcome = result.Delivered ? "delivered" : result.Deferred ? "deferred" : result.NothingToSend ? "nothing" : result.Failure.ToString();
        metrics.Deliveries.Add(1, new("outcome", outcome), new("purpose", record.Draft.Purpose ?? "none"));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox {Key} ({Kind}) completed without a call: its renderer found nothing left to send")]
    private static partial void LogNothingToSend(ILogger logger, string key, OutboxKind kind);
}
