using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The part of a ticket change that no turn waits for: the days' metric facts and the open tickets' copy (what the
/// dashboard, the API's metrics and <c>stats</c> read), then the deletion of the change's journal intent. It starts once
/// the change has committed and its index entries and outbox records are written. The intent stays in the journal
/// until this part is done, so a crash or a storage error in between leaves it to recovery (<see cref="TicketRecovery"/>),
/// which applies the whole change again: every part only moves forward, so nothing is written twice over.
/// Readers of the metrics on this instance first wait for the work started before their read (<see cref="WrittenAsync"/>),
/// so a change is in the figures read after it returned; another instance sees it a few milliseconds later.
/// </summary>
internal sealed partial class DeferredTicketWork(TicketWorkApplier applier, TicketJournal journal, ILogger<DeferredTicketWork> logger)
    : IDisposable
{
    /// <summary>How long disposal (the process stopping) waits for the work under way before leaving it to recovery.</summary>
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<long, Task> running = new();
    private long started;

    /// <summary>Starts <paramref name="work"/>'s deferred part on the thread pool; its intent is deleted after it.</summary>
    public void Start(TicketWork work, IndexKey intent)
    {
        var id = Interlocked.Increment(ref started);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Listed before it runs, so that its removal at the end always finds it.
        running[id] = done.Task;
        _ = RunAsync(id, work, intent, done);
    }

    /// <summary>Completes once the work started before this call is written (or left to recovery).</summary>
    public Task WrittenAsync(CancellationToken cancellationToken) =>
        running.IsEmpty ? Task.CompletedTask : Task.WhenAll(running.Values).WaitAsync(cancellationToken);

    public void Dispose() => Task.WaitAll([.. running.Values], StopWait);

    private async Task RunAsync(long id, TicketWork work, IndexKey intent, TaskCompletionSource done)
    {
        try
        {
            // Off the caller's thread: the reads these writes start with would otherwise run on the turn.
            await Task.Yield();
            await applier.ApplyDeferredAsync(work, CancellationToken.None).ConfigureAwait(false);
            await journal.DeleteAsync(intent, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Nobody awaits this task: the intent stays and recovery completes the change.
            LogLeftToRecovery(e, work.Number.ToString(), work.Version);
        }
        finally
        {
            running.TryRemove(id, out _);
            done.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The metric facts or open copy of {Number} v{Version} could not be written; recovery completes them")]
    private partial void LogLeftToRecovery(Exception exception, string number, long version);
}
