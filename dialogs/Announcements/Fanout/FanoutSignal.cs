namespace ServiceDesk.Dialogs.Announcements.Fanout;

/// <summary>Wakes this instance's fan-out worker after a broadcast, so the first cards leave at once rather than at the next poll.</summary>
public sealed class FanoutSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers every broadcast before it.
        }
    }

    /// <summary>Waits for a wake-up or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}
