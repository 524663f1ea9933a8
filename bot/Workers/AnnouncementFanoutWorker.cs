using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Announcements.Fanout;

namespace ServiceDesk.Bot.Workers;

/// <summary>
/// Drives announcement fan-outs (one per instance): claims the open jobs under a lease, plans them page by page
/// (<see cref="FanoutRunner"/>: one outbox record per recipient) and wakes the outbox worker after each page, so
/// delivery starts with the first page. Woken by a broadcast of this instance, else polls
/// <c>Announcements:Fanout:PollIntervalSeconds</c>; a job whose holder died is taken over when its lease expires.
/// </summary>
internal sealed partial class AnnouncementFanoutWorker(
    FanoutRunner runner,
    FanoutSignal signal,
    IOutboxSignal outbox,
    IOptions<FanoutOptions> options,
    ILogger<AnnouncementFanoutWorker> logger) : BackgroundService
{
    private long passes;

    public string WorkerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Passes completed, so tests can wait for "the worker has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        Started(logger, WorkerId);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await RunOnceAsync(stoppingToken).ConfigureAwait(false) == 0)
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollIntervalSeconds), stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A job mid-page keeps its cursor and lease; it is resumed here or elsewhere when the lease expires.
        }
    }

    /// <summary>One pass over the jobs this worker can claim; the number of recipients planned.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken stoppingToken)
    {
        var planned = 0;
        try
        {
            foreach (var claimed in await runner.ClaimAsync(WorkerId, stoppingToken).ConfigureAwait(false))
            {
                for (FanoutJob? job = claimed; job is { Done: false };)
                {
                    var step = await runner.StepAsync(job, stoppingToken).ConfigureAwait(false);
                    planned += step.Recipients + (step.Job is null ? 1 : 0);
                    if (step.Enqueued > 0)
                    {
                        outbox.Trigger();
                    }

                    job = step.Job;
                }
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

        return planned;
    }

    [LoggerMessage(EventId = 6610, Level = LogLevel.Information, Message = "Announcement fan-out worker {WorkerId} started")]
    private static partial void Started(ILogger logger, string workerId);

    [LoggerMessage(EventId = 6611, Level = LogLevel.Error, Message = "Announcement fan-out pass failed; the job resumes from its cursor")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
