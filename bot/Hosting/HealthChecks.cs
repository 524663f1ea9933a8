using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Hosting;

/// <summary>Ready when a point read of the store answers within <see cref="HealthOptions.StorageTimeoutSeconds"/>.</summary>
internal sealed class StorageHealthCheck(IStorageHealth storage, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.StorageTimeoutSeconds));
        try
        {
            return await storage.IsReadyAsync(timeout.Token).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("storage answers")
                : HealthCheckResult.Unhealthy("storage unavailable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("storage unavailable");
        }
    }
}

/// <summary>
/// Ready while the outbox keeps up: this instance's worker ran a round within <see cref="HealthOptions.OutboxMaxAgeSeconds"/>
/// and the oldest due record it found had not waited longer. An instance whose outbox is switched off is not judged.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxBacklog backlog, IOptions<OutboxOptions> outbox, IOptions<HealthOptions> options, TimeProvider time)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!outbox.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("outbox off on this instance"));
        }

        var now = time.GetUtcNow();
        var limit = TimeSpan.FromSeconds(options.Value.OutboxMaxAgeSeconds);
        var sinceRound = now - backlog.LastRound;
        var oldest = backlog.OldestAge(now);
        var result = sinceRound > limit ? HealthCheckResult.Unhealthy($"outbox worker idle for {(int)sinceRound.TotalSeconds} s")
            : oldest > limit ? HealthCheckResult.Unhealthy($"oldest due outbox record waited {(int)oldest.TotalSeconds} s")
            : HealthCheckResult.Healthy($"{backlog.Depth} due, oldest waited {(int)oldest.TotalSeconds} s");
        return Task.FromResult(result);
    }
}
