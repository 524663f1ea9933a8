using ServiceDesk.Dialogs.Metrics;
using ServiceDesk.Dialogs.Metrics.Now;

namespace ServiceDesk.Dialogs.Tests.Metrics.Now;

public sealed class SharedDeskNowTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_WhileAReadRuns_SharesIt_AndAfterItStartsANewOne()
    {
        var inner = new GatedDeskNow();
        var shared = new SharedDeskNow(inner);

        var first = shared.ReadAsync(CancellationToken.None);
        var second = shared.ReadAsync(CancellationToken.None);
        inner.Release(At);
        Assert.Same(await first, await second);
        Assert.Equal(1, inner.Reads);

        var third = shared.ReadAsync(CancellationToken.None);
        inner.Release(At.AddSeconds(1));
        Assert.Equal(At.AddSeconds(1), (await third).At);
        Assert.Equal(2, inner.Reads);
    }

    [Fact]
    public async Task ReadAsync_ACancelledWaiter_DoesNotCancelTheReadOthersWaitFor()
    {
        var inner = new GatedDeskNow();
        var shared = new SharedDeskNow(inner);
        using var cancel = new CancellationTokenSource();

        var cancelled = shared.ReadAsync(cancel.Token);
        var other = shared.ReadAsync(CancellationToken.None);
        await cancel.CancelAsync();
        inner.Release(At);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(At, (await other).At);
    }

    /// <summary>Each read waits for <see cref="Release"/>, which answers the oldest one waiting.</summary>
    private sealed class GatedDeskNow : IDeskNow
    {
        private readonly Queue<TaskCompletionSource<DeskNow>> _waiting = new();
        private readonly SemaphoreSlim _started = new(0);

        public int Reads { get; private set; }

        public Task<DeskNow> ReadAsync(CancellationToken cancellationToken)
        {
            var read = new TaskCompletionSource<DeskNow>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiting)
            {
                Reads++;
                _waiting.Enqueue(read);
            }

            _started.Release();
            return read.Task;
        }

        public void Release(DateTimeOffset at)
        {
            Assert.True(_started.Wait(TimeSpan.FromSeconds(30)), "no read started");
            lock (_waiting)
            {
                _waiting.Dequeue().SetResult(Empty(at));
            }
        }

        private static DeskNow Empty(DateTimeOffset at) =>
            new(at, new Backlog(0, [], new BacklogAgeing(0, 0, 0, 0)), [], [], [], 0, 0, 0, [], [], [], [], [], []);
    }
}
