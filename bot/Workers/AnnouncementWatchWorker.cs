using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Announcements.Agents;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Runs the announcements watch every <c>Announcements:WatchSeconds</c>: the agents' control cards refreshed while a
/// fan-out runs (only when the counts changed) and a reminder when a promised update is late. Safe with several
/// instances: what it writes are outbox records whose keys say what they show, so two instances write one record.
/// </summary>
internal sealed partial class AnnouncementWatchWorker(
    IAnnouncementWatch watch,
    IOutboxSignal outbox,
    IOptions<AnnouncementChannelOptions> options,
    TimeProvider time,
    ILogger<AnnouncementWatchWorker> logger) : BackgroundService
{
    private long passes;

    /// <summary>Passes completed, so tests can wait for "the watch has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.WatchSeconds);
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
            // Stopping: the next pass (here or on another instance) writes whatever this one did not.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await watch.RunOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
            {
                // Refreshes and reminders leave now rather than at the outbox worker's next poll.
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

    [LoggerMessage(EventId = 5360, Level = LogLevel.Error, Message = "Announcements watch pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
