using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets.Waits;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Runs the wait monitor (approvals reminded, escalated or expired; holds reminded and resolved) every
/// <c>Waits:CheckIntervalSeconds</c> (off with <c>Waits:Enabled</c>). Safe with several instances and after a restart:
/// the timers' state is on the tickets and each step is stored conditionally on the version read.
/// </summary>
internal sealed partial class WaitWorker(
    IServiceProvider services,
    IOptions<WaitOptions> options,
    TimeProvider time,
    ILogger<WaitWorker> logger) : BackgroundService
{
    private long passes;

    /// <summary>Passes completed, so tests can wait for "the monitor has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (services.GetService<ITicketNotifier>() is null || services.GetService<IAgentQueue>() is null)
        {
            NotAvailable(logger);
            return;
        }

        var monitor = services.GetRequiredService<WaitMonitor>();
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
            // Stopping: a step was either stored with its messages or is taken by the next pass.
        }
    }

    private async Task RunOnceAsync(WaitMonitor monitor, CancellationToken stoppingToken)
    {
        try
        {
            var result = await monitor.RunOnceAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            if (result.Changed > 0)
            {
                Ran(logger, result.Checked, result.Changed, result.Skipped);
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

    [LoggerMessage(EventId = 5370, Level = LogLevel.Information, Message = "Wait worker started, checking every {IntervalSeconds} s")]
    private static partial void Started(ILogger logger, int intervalSeconds);

    [LoggerMessage(EventId = 5371, Level = LogLevel.Warning, Message = "Wait worker not started: no ticket notifier or agent queue is registered")]
    private static partial void NotAvailable(ILogger logger);

    [LoggerMessage(EventId = 5372, Level = LogLevel.Information, Message = "Wait pass: {Checked} checked, {Changed} steps taken, {Skipped} skipped")]
    private static partial void Ran(ILogger logger, int @checked, int changed, int skipped);

    [LoggerMessage(EventId = 5373, Level = LogLevel.Error, Message = "Wait pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
