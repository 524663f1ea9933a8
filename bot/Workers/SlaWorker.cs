using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tickets.Sla;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Runs the SLA monitor every <c>ServiceLevels:CheckIntervalSeconds</c> (off with <c>ServiceLevels:MonitorEnabled</c>).
/// Safe with several instances: the monitor's changes are conditional on the ticket's version.
/// </summary>
internal sealed partial class SlaWorker(
    IServiceProvider services,
    IOptions<ServiceLevelOptions> options,
    TimeProvider time,
    ILogger<SlaWorker> logger) : BackgroundService
{
    private long passes;

    /// <summary>Passes completed, so tests can wait for "the monitor has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.MonitorEnabled)
        {
            return;
        }

        // The notifier and the queue belong to other areas: a host without them runs, without SLA notices, and says so.
        if (services.GetService<ITicketNotifier>() is null || services.GetService<IAgentQueue>() is null)
        {
            NotAvailable(logger);
            return;
        }

        var monitor = services.GetRequiredService<SlaMonitor>();
        var interval = TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds);
        Started(logger, options.Value.CheckIntervalSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(monitor, stoppingToken).ConfigureAwait(false);
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a ticket mid-check was either recorded or stays due for the next instance.
        }
    }

    private async Task RunOnceAsync(SlaMonitor monitor, CancellationToken stoppingToken)
    {
        try
        {
            SlaRunResult result;
            do
            {
                result = await monitor.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                if (result.Notices + result.Closed > 0)
                {
                    Ran(logger, result.Checked, result.Notices, result.Closed, result.Skipped);
                }
            }
            while (result.Checked == SlaMonitor.BatchSize && result.Skipped < result.Checked);
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

    [LoggerMessage(EventId = 5350, Level = LogLevel.Information, Message = "SLA worker started, checking every {IntervalSeconds} s")]
    private static partial void Started(ILogger logger, int intervalSeconds);

    [LoggerMessage(EventId = 5351, Level = LogLevel.Warning, Message = "SLA worker not started: no ticket notifier or agent queue is registered")]
    private static partial void NotAvailable(ILogger logger);

    [LoggerMessage(EventId = 5352, Level = LogLevel.Information, Message = "SLA pass: {Checked} checked, {Notices} notices, {Closed} closed, {Skipped} skipped")]
    private static partial void Ran(ILogger logger, int @checked, int notices, int closed, int skipped);

    [LoggerMessage(EventId = 5353, Level = LogLevel.Error, Message = "SLA pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
