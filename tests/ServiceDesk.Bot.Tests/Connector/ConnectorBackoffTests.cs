using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

/// <summary>
/// The connector's backoff: full jitter below an exponential ceiling, never under 1 ms — <c>Task.Delay</c> counts whole
/// milliseconds, so a shorter draw would retry at once (about one draw in a hundred with a 100 ms base).
/// </summary>
public sealed class ConnectorBackoffTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 200)]
    [InlineData(5, 1_000)]
    public void Backoff_is_between_one_millisecond_and_the_attempts_ceiling(int attempt, double ceilingMilliseconds)
    {
        var options = new ConnectorOptions { BaseDelayMilliseconds = 100, MaxDelayMilliseconds = 1_000 };

        var draws = Enumerable.Range(0, 10_000).Select(_ => ConnectorRetryPolicy.Backoff(attempt, options)).ToList();

        Assert.All(draws, d => Assert.InRange(d.TotalMilliseconds, 1, ceilingMilliseconds));
        Assert.True(draws.Max().TotalMilliseconds > ceilingMilliseconds / 2, "the draws should spread over the range (jitter)");
    }
}
