namespace ServiceDesk.Bot.Workers;

/// <summary>
/// A monitor run every few seconds on every instance (the SLA clock, the waits): the loop, the start and stop, a pass
/// that fails logged and retried at the next interval, and a pass counter tests wait on instead of sleeping. Safe with
/// several instances because each monitor stores its changes conditionally on the version it read. Each worker takes
/// what its passes need in its constructor, so a host missing one stops at start (ValidateOnBuild); whether it runs is
/// its setting's business (<see cref="Enabled"/>), never whether something happens to be registered.
/// </summary>
internal abstract partial class MonitorWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    private long passes;

    /// <summary>Passes completed, so tests can wait for "the monitor has looked" instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    /// <summary>The name in the log lines ("SLA", "Wait").</summary>
    protected abstract string Name { get; }

    protected abstract bool Enabled { get; }

    protected abstract int IntervalSeconds { get; }

    /// <summary>One pass of the monitor at <paramref name="now"/>.</summary>
    protected abstract Task PassAsync(DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(IntervalSeconds);
        Started(logger, Name, IntervalSeconds);
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
            // Stopping: a change mid-pass was either stored with its messages or is taken by the next pass.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await PassAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            PassFailed(logger, ex, Name);
        }
        finally
        {
            Interlocked.Increment(ref passes);
        }
    }

    [LoggerMessage(EventId = 5350, Level = LogLevel.Information, Message = "{Worker} worker started, checking every {IntervalSeconds} s")]
    private static partial void Started(ILogger logger, string worker, int intervalSeconds);

    [LoggerMessage(EventId = 5353, Level = LogLevel.Error, Message = "{Worker} pass failed; trying again at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception, string worker);
}
