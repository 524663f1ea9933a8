using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// Holds the next record move (its hint is written, its record not yet) until <see cref="Release"/>: the moment a
/// busy machine stretches, held open so a test can put another worker's claim into it.
/// </summary>
internal sealed class HeldMove
{
    private readonly Lock sync = new();
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? armed;

    /// <summary>The next move waits; the returned task completes once it is waiting.</summary>
    public Task HoldNext()
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            armed = reached;
        }

        return reached.Task;
    }

    /// <summary>Lets the held move (and every later one) through.</summary>
    public void Release() => released.TrySetResult();

    /// <summary>The step before a record write (<see cref="OutboxRecordWrites"/>): a move waits if one is armed.</summary>
    public Task BeforeRecordWriteAsync(TableEntity record, CancellationToken cancellationToken) =>
        OutboxRecordWrites.IsMove(record) ? WaitIfArmedAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>The step before a new record's add: an enqueue waits if one is armed.</summary>
    public Task BeforeRecordAddAsync(TableEntity record, CancellationToken cancellationToken) => WaitIfArmedAsync(cancellationToken);

    private async Task WaitIfArmedAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource? reached;
        lock (sync)
        {
            (reached, armed) = (armed, null);
        }

        if (reached is not null)
        {
            reached.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }
    }
}
