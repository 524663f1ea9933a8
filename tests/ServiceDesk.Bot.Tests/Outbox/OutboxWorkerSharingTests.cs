using ServiceDesk.Dialogs.Outbox;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>Several workers, restarts and dead workers: every record is sent once, and one recorded as delivered never again.</summary>
public sealed class OutboxWorkerSharingTests : IAsyncLifetime
{
    private OutboxFakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await OutboxFakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task TwoWorkersOnOneStore_DeliverEveryRecordExactlyOnceInTotal()
    {
        const int count = 60;
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?> { ["Outbox:BatchSize"] = "4" });
        var keys = Enumerable.Range(0, count).Select(i => $"shared-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await harness.SendAsync(connector, key, $"a:chat-{key.GetHashCode() & 15}");
        }

        var first = await harness.StartWorkerAsync();
        var second = await harness.StartWorkerAsync();
        foreach (var key in keys)
        {
            await harness.WaitForStatusAsync(key, OutboxStatus.Delivered, seconds: 60);
        }

        await OutboxHarness.WaitForRoundsAsync(first);
        await OutboxHarness.WaitForRoundsAsync(second);
        Assert.NotEqual(first.WorkerId, second.WorkerId);
        Assert.Equal(keys, connector.Calls.Select(c => c.Marker!).Order());
    }

    [Fact]
    public async Task ARecordRecordedAsDelivered_IsNeverSentAgainAfterARestart()
    {
        var folder = Directory.CreateTempSubdirectory("sdbot-outbox-restart-").FullName;
        try
        {
            await using (var before = new OutboxHarness(dataFolder: folder))
            {
                await before.SendAsync(connector, "before-restart");
                await before.StartWorkerAsync();
                await before.WaitForStatusAsync("before-restart", OutboxStatus.Delivered);
            }

            await using var after = new OutboxHarness(dataFolder: folder);
            var again = await after.SendAsync(connector, "before-restart");
            await after.SendAsync(connector, "after-restart");
            var worker = await after.StartWorkerAsync();
            await after.WaitForStatusAsync("after-restart", OutboxStatus.Delivered);
            await OutboxHarness.WaitForRoundsAsync(worker);

            Assert.Equal(OutboxStatus.Delivered, again.Status);
            Assert.Single(connector.CallsFor("before-restart"));
            Assert.Single(connector.CallsFor("after-restart"));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment.
            }
        }
    }

    [Fact]
    public async Task ARecordLeasedByAWorkerThatDied_IsDeliveredOnceAfterTheLeaseExpires()
    {
        var clock = new TestClock();
        await using var harness = new OutboxHarness(clock);
        await harness.SendAsync(connector, "orphaned");
        var claimed = await harness.Store.ClaimDueAsync("dead-worker", clock.GetUtcNow(), TimeSpan.FromSeconds(30), 10, CancellationToken.None);
        Assert.Single(claimed);
        var worker = await harness.StartWorkerAsync();

        await OutboxHarness.WaitForRoundsAsync(worker);
        Assert.Empty(connector.Calls);

        clock.Advance(TimeSpan.FromSeconds(31));
        harness.Signal.Trigger();
        await harness.WaitForStatusAsync("orphaned", OutboxStatus.Delivered);

        Assert.Single(connector.CallsFor("orphaned"));
        Assert.Equal(OutboxWriteOutcome.LeaseLost, await harness.Store.CompleteAsync(claimed[0], "late", null, CancellationToken.None));
    }

    [Fact]
    public async Task Trigger_WakesTheWorkerBeforeItsNextPoll()
    {
        await using var harness = new OutboxHarness(settings: new Dictionary<string, string?> { ["Outbox:PollIntervalMilliseconds"] = "60000" });
        var worker = await harness.StartWorkerAsync();
        await OutboxHarness.WaitForRoundsAsync(worker, rounds: 1);

        await harness.SendAsync(connector, "woken");
        harness.Signal.Trigger();

        await harness.WaitForStatusAsync("woken", OutboxStatus.Delivered, seconds: 20);
        Assert.Single(connector.CallsFor("woken"));
    }

    [Fact]
    public async Task StoppingTheWorker_EndsItsLoop()
    {
        await using var harness = new OutboxHarness();
        var worker = await harness.StartWorkerAsync();
        await OutboxHarness.WaitForRoundsAsync(worker);

        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }
}
