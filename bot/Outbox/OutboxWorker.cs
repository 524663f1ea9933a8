using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Telemetry;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// Delivers the outbox (docs/architecture.md, "Proactive messages and the outbox"): claims due records under a lease, delivers
/// them through the connector within Teams' limits, and records the outcome conditionally on the claim
/// (<see cref="OutboxOutcomes"/>), so several instances share the work and a record recorded as delivered is never
/// sent again. One per instance.
/// </summary>
internal sealed class OutboxWorker(
    IOutboxStore store,
    OutboxDelivery delivery,
    OutboxOutcomes outcomes,
    OutboxSignal signal,
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
        var result = record.Lease is { } lease && deadline > lease.ExpiresAt
            // Too little of the lease left to finish safely (the records before it in its conversation took the rest):
            // given back at once, for whichever worker claims next.
            ? DeliveryResult.Later(TimeSpan.Zero)
            : await SendAsync(record, deadline, stoppingToken).ConfigureAwait(false);

        Count(record, result);
        using var grace = new CancellationTokenSource(RecordGrace);
        try
        {
            await outcomes.RecordAsync(record, result, grace.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OutboxLog.RecordFailed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
        }
    }

    private async Task<DeliveryResult> SendAsync(OutboxRecord record, DateTimeOffset deadline, CancellationToken stoppingToken)
    {
        using var span = ServiceDeskTelemetry.Start("outbox.deliver");
        span?.SetTag("servicedesk.outbox.kind", record.Draft.Kind.ToString());
        span?.SetTag("servicedesk.outbox.purpose", record.Draft.Purpose);
        using var timeout = new CancellationTokenSource(options.Value.DeliveryTimeout, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            return await delivery.DeliverAsync(record, deadline, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed(ConnectorFailure.Timeout, "DeliveryTimeout");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            OutboxLog.DeliveryCrashed(logger, ex, record.IdempotencyKey, record.Draft.Kind);
            return DeliveryResult.Failed(ConnectorFailure.ServerError, "Unexpected");
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
}
