namespace ServiceDesk.Bot.Outbox;

/// <summary>
/// Wakes the outbox worker now instead of at its next poll: call it after a turn that enqueued records, so an
/// approval card or a requester's notification leaves at once. Calling it when nothing was enqueued costs one query.
/// </summary>
internal interface IOutboxSignal
{
    void Trigger();
}

/// <summary>One pending wake-up at a time; a trigger while the worker is busy makes its next wait return at once.</summary>
internal sealed class OutboxSignal : IOutboxSignal
{
    private TaskCompletionSource pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Trigger() => Volatile.Read(ref pending).TrySetResult();

    /// <summary>Returns when triggered or after <paramref name="timeout"/>; true when triggered.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref pending);
        if (!current.Task.IsCompleted)
        {
            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, time, stopDelay.Token);
            await Task.WhenAny(current.Task, delay).ConfigureAwait(false);
            await stopDelay.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (!current.Task.IsCompleted)
        {
            return false;
        }

        // Re-arm before the caller looks for work, so a trigger during that look is not lost.
        Interlocked.CompareExchange(ref pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        return true;
    }
}
