using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Problems.Clusters;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Looks at the new incidents for clusters every <c>Problems:ClusterCheckSeconds</c> (off with
/// <c>Problems:ClusterDetection</c> false). Safe with several instances: a cluster's id and its cards' outbox keys make
/// a second instance's pass write nothing new.
/// </summary>
internal sealed partial class ClusterWorker(
    IClusterWatch watch, IOutboxSignal outbox, IOptions<ProblemOptions> options, TimeProvider time, ILogger<ClusterWorker> logger) : BackgroundService
{
    private long passes;

    /// <summary>Passes completed, so tests can wait for "the watch has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ClusterDetection)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(options.Value.ClusterCheckSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next pass (here or on another instance) finds what this one did not post.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await watch.RunOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
            {
                outbox.Trigger();
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            PassFailed(logger, ex);
        }
        finally
        {
            Interlocked.Increment(ref passes);
        }
    }

    [LoggerMessage(EventId = 5390, Level = LogLevel.Error, Message = "Cluster watch pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
