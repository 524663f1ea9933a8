using System.Collections.Concurrent;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

/// <summary>Hands out token-1, then token-2 after a forced refresh, and so on; counts the calls.</summary>
internal sealed class CountingTokenProvider : IConnectorTokenProvider
{
    private int generation = 1;

    public int Calls { get; private set; }

    public int ForcedRefreshes { get; private set; }

    public Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Calls++;
        if (forceRefresh)
        {
            ForcedRefreshes++;
            generation++;
        }
        return Task.FromResult<string?>($"token-{generation}");
    }
}

/// <summary>Records every delay the client asks for and lets it elapse at once, so retry tests do not wait.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
