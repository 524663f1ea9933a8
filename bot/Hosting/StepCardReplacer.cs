using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Turns;
using Activity = ServiceDesk.Bot.Protocol.Activity;

namespace ServiceDesk.Bot.Hosting;

/// <summary>
/// Replaces answered step cards after the turn (<see cref="StepCardReplies.ReplaceAsync"/>): the turn queues the update
/// once its own replies went out and does not wait for it, since the person is waiting for the next step, not for the old
/// card to change. One at a time, in the order queued; when the queue is full or the host stops, the turn or the stop
/// sends it itself.
/// </summary>
internal sealed partial class StepCardReplacer(StepCardReplies replies, IOptions<BotOptions> options, ILogger<StepCardReplacer> logger)
    : BackgroundService
{
    private const int QueueLimit = 1_000;

    private readonly Channel<Replacement> queue = Channel.CreateBounded<Replacement>(
        new BoundedChannelOptions(QueueLimit) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long replaced;

    /// <summary>Replacements sent (or handed to the outbox), so tests can wait for one instead of sleeping.</summary>
    internal long Replaced => Interlocked.Read(ref replaced);

    /// <summary>Queues the replacement; when the queue is full (the connector is slow), the caller sends it now.</summary>
    public Task QueueAsync(Activity incoming, Turn turn, Reply reply, CancellationToken cancellationToken) =>
        queue.Writer.TryWrite(new Replacement(incoming, turn, reply)) ? Task.CompletedTask : SendAsync(new Replacement(incoming, turn, reply), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var replacement in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await SendAsync(replacement, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is sent in StopAsync, under the host's shutdown time.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        while (queue.Reader.TryRead(out var replacement) && !cancellationToken.IsCancellationRequested)
        {
            await SendAsync(replacement, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(Replacement replacement, CancellationToken stoppingToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        budget.CancelAfter(TimeSpan.FromSeconds(options.Value.TurnBudgetSeconds));
        try
        {
            await replies.ReplaceAsync(replacement.Incoming, replacement.Turn, replacement.Reply, budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The turn is over and answered: a card left as it was is all that is lost.
            LogFailed(ex);
        }
        finally
        {
            Interlocked.Increment(ref replaced);
        }
    }

    private sealed record Replacement(Activity Incoming, Turn Turn, Reply Reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step card not replaced after a typed answer")]
    private partial void LogFailed(Exception exception);
}
