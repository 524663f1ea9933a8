namespace ServiceDesk.Dialogs.Metrics.Now;

/// <summary>
/// One read of <see cref="DeskNow"/> at a time, shared by every request that arrives while it runs: a burst of
/// dashboards opening at once costs one pass over the open tickets, and each still gets figures no older than that
/// read (its <see cref="DeskNow.At"/> says when). A request after the read has finished starts a new one, so nothing is
/// served from a copy kept for a while. The read runs apart from any one request's cancellation.
/// </summary>
internal sealed class SharedDeskNow(IDeskNow reader) : IDeskNow
{
    private readonly Lock gate = new();
    private Task<DeskNow>? running;

    public Task<DeskNow> ReadAsync(CancellationToken cancellationToken)
    {
        Task<DeskNow> read;
        lock (gate)
        {
            if (running is null || running.IsCompleted)
            {
                running = Task.Run(() => reader.ReadAsync(CancellationToken.None), CancellationToken.None);
            }

            read = running;
        }

        return read.WaitAsync(cancellationToken);
    }
}
