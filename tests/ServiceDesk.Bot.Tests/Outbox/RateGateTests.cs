using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Outbox;

/// <summary>Teams' limits on a clock the test moves: per conversation 7/1 s, 8/2 s, 60/30 s; per tenant 50/s; pause after a 429.</summary>
public sealed class RateGateTests
{
    private readonly TestClock clock = new();

    /// <summary>One instance's gate: the budget not shared, so the throttle (over a store that fails if touched) is never asked.</summary>
    private RateGate Gate(int tenantPerSecond = 50)
    {
        var options = Options.Create(new OutboxOptions { TenantRequestsPerSecond = tenantPerSecond, ShareTenantBudget = false });
        var throttle = new SharedThrottle(new Mock<IThrottleStore>(MockBehavior.Strict).Object, options, clock, NullLogger<SharedThrottle>.Instance);
        return new(options, clock, throttle);
    }

    [Fact]
    public void AConversation_Gets7CallsInOneSecond_TheEighthWaitsForTheFirstToLeaveTheWindow()
    {
        var gate = Gate();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat"));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        // 700 ms after the first call: it leaves the 1 s window 300 ms from now.
        Assert.Equal(TimeSpan.FromMilliseconds(300), gate.TryAcquire("t", "a:chat"));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:other"));

        clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat"));
    }

    [Fact]
    public void AConversation_Gets8CallsInTwoSeconds()
    {
        var gate = Gate();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat"));
            clock.Advance(TimeSpan.FromMilliseconds(200));
        }

        // Eight calls in the last 1.6 s: the ninth waits until the first is 2 s old.
        Assert.Equal(TimeSpan.FromMilliseconds(400), gate.TryAcquire("t", "a:chat"));
    }

    [Fact]
    public void AConversation_Gets60CallsIn30Seconds()
    {
        var gate = Gate();
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat"));
            clock.Advance(TimeSpan.FromMilliseconds(400));
        }

        // 60 calls over 24 s: the 61st waits until the first is 30 s old.
        Assert.Equal(TimeSpan.FromSeconds(6), gate.TryAcquire("t", "a:chat"));
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat"));
    }

    [Fact]
    public void ATenant_Gets50CallsPerSecond_AcrossConversations_OtherTenantsAreNotSlowed()
    {
        var gate = Gate();
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", $"a:chat-{i}"));
        }

        Assert.Equal(TimeSpan.FromSeconds(1), gate.TryAcquire("t", "a:chat-new"));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("other-tenant", "a:chat-new"));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat-new"));
    }

    [Fact]
    public void TenantRequestsPerSecond_IsASetting()
    {
        var gate = Gate(tenantPerSecond: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", $"a:chat-{i}"));
        }

        Assert.True(gate.TryAcquire("t", "a:chat-3") > TimeSpan.Zero);
    }

    [Fact]
    public void A429_PausesEveryConversationOfTheTenant_UntilRetryAfter_ThenSpeedsUpAgain()
    {
        var gate = Gate();
        gate.Pause("t", TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), gate.TryAcquire("t", "a:chat-1"));
        Assert.Equal(TimeSpan.FromSeconds(5), gate.TryAcquire("t", "a:chat-2"));
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("other-tenant", "a:chat-1"));

        gate.Pause("t", TimeSpan.FromSeconds(1)); // a shorter Retry-After does not cut the pause short
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.Zero, gate.PausedFor("t"));
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat-1"));
        }
    }

    [Fact]
    public void AWaitingCall_TakesNoSlot()
    {
        var gate = Gate(tenantPerSecond: 1);
        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat-1"));
        Assert.True(gate.TryAcquire("t", "a:chat-2") > TimeSpan.Zero);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, gate.TryAcquire("t", "a:chat-2"));
    }

    [Fact]
    public async Task WaitAsync_GivesUpAtOnce_WhenTheLimitsNeedLongerThanAllowed()
    {
        var gate = Gate();
        gate.Pause("t", TimeSpan.FromMinutes(2));

        var needed = await gate.WaitAsync("t", "a:chat", TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromMinutes(2), needed);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(TimeSpan.Zero, await gate.WaitAsync("t", "a:chat", TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
