using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Tests.Resilience;

public sealed class BackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromMilliseconds(1_000);

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(3, 400)]
    [InlineData(5, 1_000)]
    [InlineData(60, 1_000)]
    public void Ceiling_doubles_per_attempt_up_to_the_cap(int attempt, double expectedMilliseconds) =>
        Assert.Equal(expectedMilliseconds, Backoff.Ceiling(attempt, First, Max).TotalMilliseconds);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Jittered_is_spread_between_one_millisecond_and_the_ceiling(int attempt)
    {
        var ceiling = Backoff.Ceiling(attempt, First, Max);

        var draws = Enumerable.Range(0, 10_000).Select(_ => Backoff.Jittered(attempt, First, Max)).ToList();

        Assert.All(draws, d => Assert.InRange(d, TimeSpan.FromMilliseconds(1), ceiling));
        Assert.True(draws.Max() > ceiling / 2, "the draws should reach the upper half (full jitter)");
        Assert.True(draws.Min() < ceiling / 2, "the draws should reach the lower half (full jitter)");
    }

    [Fact]
    public void Jittered_never_draws_below_one_millisecond_even_with_a_tiny_first_step()
    {
        var draws = Enumerable.Range(0, 10_000).Select(_ => Backoff.Jittered(1, TimeSpan.FromTicks(10), Max));

        Assert.All(draws, d => Assert.Equal(TimeSpan.FromMilliseconds(1), d));
    }

    [Fact]
    public async Task AfterConflictAsync_gives_up_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Backoff.AfterConflictAsync(1, 100, cancel.Token));
    }
}
