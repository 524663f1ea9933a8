using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>How an instance's part of the tenant budget follows the other instances' heartbeats.</summary>
public sealed class RateGateShareTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static InstanceBeat Beat(string id, int share, int previous = 0, double changedSecondsAgo = 60, double expiresInSeconds = 2) =>
        new(id, Now.AddSeconds(expiresInSeconds), share, previous, Now.AddSeconds(-changedSecondsAgo));

    /// <summary>The default settings: heartbeats live 3 s, an instance may be sending for 3 s after its heartbeat (two 1 s refreshes and Teams' second).</summary>
    private static (int Fair, int Allowed, int Live) Split(int budget, string self, IEnumerable<InstanceBeat> beats, DateTimeOffset now) =>
        SharedThrottle.Split(budget, self, beats, now, expiry: TimeSpan.FromSeconds(3), sendingFor: TimeSpan.FromSeconds(3));

    [Fact]
    public void Split_Alone_TheWholeBudget()
    {
        Assert.Equal((46, 46, 1), Split(46, "me", [Beat("me", 46)], Now));
        Assert.Equal((46, 46, 1), Split(46, "me", [], Now));
    }

    [Fact]
    public void Split_ThreeLiveInstances_AThirdEach_ExpiredHeartbeatsDoNotCount()
    {
        var beats = new[] { Beat("me", 15), Beat("b", 15), Beat("c", 15), Beat("dead", 46, expiresInSeconds: -0.001) };

        Assert.Equal((15, 15, 3), Split(46, "me", beats, Now));
    }

    [Fact]
    public void Split_AnotherInstanceStillClaimingTheWholeBudget_LeavesNothingUntilItCutsItsShare()
    {
        Assert.Equal((23, 0, 2), Split(46, "me", [Beat("busy", 46)], Now));
        Assert.Equal((23, 23, 2), Split(46, "me", [Beat("busy", 23, previous: 46, changedSecondsAgo: 1)], Now));
    }

    [Fact]
    public void Split_ACutShare_CountsAtItsOldValueForOneSecond_TheCallsMadeUnderItAreStillInTeamsWindow()
    {
        Assert.Equal((23, 0, 2), Split(46, "me", [Beat("busy", 23, previous: 46, changedSecondsAgo: 0.5)], Now));

        // A raise counts at once.
        Assert.Equal((23, 23, 2), Split(46, "me", [Beat("new", 23, previous: 0, changedSecondsAgo: 0)], Now));
    }

    [Fact]
    public void Split_AnIdleInstanceStillLive_KeepsItsPlaceInTheSplit_ButItsShareStopsCountingOnceItCannotBeSendingUnderIt()
    {
        // Heartbeats that live a minute, refreshed every 200 ms: an instance may be sending for 1.4 s after its heartbeat.
        var (expiry, sendingFor) = (TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(1.4));
        InstanceBeat WrittenAgo(double seconds) => new("idle", Now.AddSeconds(60 - seconds), 46, 46, Now.AddSeconds(-30));

        Assert.Equal((23, 0, 2), SharedThrottle.Split(46, "me", [WrittenAgo(1.3)], Now, expiry, sendingFor));
        Assert.Equal((23, 23, 2), SharedThrottle.Split(46, "me", [WrittenAgo(1.5)], Now, expiry, sendingFor));
        Assert.Equal((23, 23, 2), SharedThrottle.Split(46, "me", [WrittenAgo(59)], Now, expiry, sendingFor));
    }

    [Fact]
    public void Split_MoreInstancesThanTheBudget_OneRequestPerSecondEach_WithinWhatTheOthersLeave()
    {
        var beats = Enumerable.Range(0, 5).Select(i => Beat($"i{i}", 1)).ToList();

        Assert.Equal((1, 0, 6), Split(4, "me", beats, Now));
    }

    [Fact]
    public async Task TwoInstancesSettleOnHalfTheBudgetEach_AndTheOneLeftTakesItAllBackWhenTheOtherStops()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:TenantRequestsPerSecond"] = "10",
            ["Outbox:ThrottleRefreshMilliseconds"] = "100",
            ["Outbox:InstanceExpirySeconds"] = "60", // so only the leaving instance's goodbye can give its share back in time
        };
        await using var first = new OutboxHarness(settings: settings);
        await RateGateSharingProbe.WaitForLimitAsync(10, first);

        await using (var second = new OutboxHarness(settings: settings, dataFolder: first.DataFolder))
        {
            await RateGateSharingProbe.WaitForLimitAsync(5, first, second);
        }

        await RateGateSharingProbe.WaitForLimitAsync(10, first);
    }

    [Fact]
    public async Task AnInstanceThatStopsSending_GivesItsShareBackWhenItsHeartbeatExpires_AndRejoinsWhenItSendsAgain()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:TenantRequestsPerSecond"] = "10",
            ["Outbox:ThrottleRefreshMilliseconds"] = "100",
            ["Outbox:InstanceExpirySeconds"] = "1",
        };
        await using var first = new OutboxHarness(settings: settings);
        await using var second = new OutboxHarness(settings: settings, dataFolder: first.DataFolder);
        await RateGateSharingProbe.WaitForLimitAsync(5, first, second);

        // Only the first keeps using its gate: the idle second stops refreshing and its heartbeat expires.
        await RateGateSharingProbe.WaitForLimitAsync(10, first);

        await RateGateSharingProbe.WaitForLimitAsync(5, first, second);
    }

    [Fact]
    public async Task AnInstanceThatJoinsWhileTheOtherIsIdle_GetsItsHalfWithinSeconds_NotWhenTheIdleOnesHeartbeatExpires()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:TenantRequestsPerSecond"] = "10",
            ["Outbox:ThrottleRefreshMilliseconds"] = "100",
            ["Outbox:InstanceExpirySeconds"] = "60",
        };
        await using var first = new OutboxHarness(settings: settings);
        await RateGateSharingProbe.WaitForLimitAsync(10, first);

        // The first stops sending, still holding the whole budget; its heartbeat lives another minute.
        await using var second = new OutboxHarness(settings: settings, dataFolder: first.DataFolder);
        await RateGateSharingProbe.WaitForLimitAsync(5, second);

        // Back at work, the first cuts its share to its half.
        await RateGateSharingProbe.WaitForLimitAsync(5, first, second);
    }

    [Fact]
    public async Task ACutShare_HoldsForThisInstancesGate_WhileItIsStillBeingWritten()
    {
        // The others count the old share for a second from the cut's ChangedAt only: a call granted under the old limit
        // while the write is on its way (a slow store) would outlive that second beside theirs.
        var clock = new TestClock();
        var store = new HeldWrites();
        var options = Options.Create(new OutboxOptions { TenantRequestsPerSecond = 10, ThrottleRefreshMilliseconds = 200, InstanceExpirySeconds = 2 });
        var throttle = new SharedThrottle(store, options, clock, NullLogger<SharedThrottle>.Instance);
        try
        {
            await OutboxHarness.WaitUntilAsync(() => Task.FromResult(throttle.Current() is { Ready: true, Limit: 10 }), "alone, the whole budget", seconds: 10);

            // Another instance joins with its half; the next refresh cuts ours, and that write is held.
            store.Others = [new InstanceBeat("other", clock.GetUtcNow().AddSeconds(2), 5, 0, clock.GetUtcNow())];
            store.Hold = true;
            clock.Advance(TimeSpan.FromMilliseconds(200));
            _ = throttle.Current();
            var writing = await store.Writing.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(5, writing.Share);
            Assert.True(throttle.Current() is { Ready: true, Limit: <= 5 }, $"the gate still applies {throttle.Current().Limit} while the cut to 5 is being written");
        }
        finally
        {
            store.Release();
            await throttle.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public void TheHostsGate_SharesTheTenantBudgetThroughTheRecords_UnlessSwitchedOff(string? share, bool shared)
    {
        using var factory = new BotHostFactory(share is null ? [] : new Dictionary<string, string?> { ["Outbox:ShareTenantBudget"] = share });

        Assert.Equal(shared, factory.Services.GetRequiredService<RateGate>().Shared is not null);
    }

    [Fact]
    public void AnInstanceExpiryShorterThanTwoRefreshes_StopsTheBotNamingBothSettings()
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Outbox:InstanceExpirySeconds"] = "1",
            ["Outbox:ThrottleRefreshMilliseconds"] = "600",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Outbox:InstanceExpirySeconds", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Outbox:ThrottleRefreshMilliseconds", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A throttle store that answers at once, except the heartbeat writes made once <see cref="Hold"/> is set.</summary>
    private sealed class HeldWrites : IThrottleStore
    {
        private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<InstanceBeat> Writing { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<InstanceBeat> Others { get; set; } = [];

        public bool Hold { get; set; }

        public void Release() => release.TrySetResult();

        public Task<ThrottleSnapshot> ReadAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new ThrottleSnapshot(new Dictionary<string, DateTimeOffset>(), Others));

        public Task PauseTenantAsync(string tenant, DateTimeOffset until, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task BeatAsync(InstanceBeat beat, CancellationToken cancellationToken)
        {
            if (!Hold)
            {
                return Task.CompletedTask;
            }

            Writing.TrySetResult(beat);
            return release.Task;
        }

        public Task RemoveAsync(string instanceId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
