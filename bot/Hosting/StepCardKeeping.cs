using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// Every few seconds, writes the places of step cards that no turn carried within <see cref="Delay"/> into their stored
/// dialogs (<see cref="IStepCardKeeper"/>), and all of them when the host stops, so a restart or another instance still
/// replaces an answered card. Nothing of it runs on a turn: a person who answers within the delay costs no write at all.
/// </summary>
internal sealed partial class StepCardKeeping(IStepCardKeeper keeper, TimeProvider time, ILogger<StepCardKeeping> logger) : BackgroundService
{
    /// <summary>Long enough for a quick answer (a click, "yes") to carry the place itself; short next to a restart's notice.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    private long passes;

    /// <summary>Passes completed, so tests can wait for one instead of sleeping.</summary>
    internal long Passes => Interlocked.Read(ref passes);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Delay, time, stoppingToken).ConfigureAwait(false);
                await PassAsync(Delay, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync keeps what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await PassAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
    }

    private async Task PassAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        try
        {
            await keeper.KeepAsync(olderThan, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The cards stay as they are; the places are tried again at the next pass.
            LogFailed(ex);
        }
        finally
        {
            Interlocked.Increment(ref passes);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card places not kept with their dialogs; trying again at the next pass")]
    private partial void LogFailed(Exception exception);
}
