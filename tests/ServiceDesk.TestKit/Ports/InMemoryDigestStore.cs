using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Metrics.Digest;

namespace ServiceDesk.TestKit.Ports;

/// <summary>Weeks sent, in memory, recorded only if absent (as the table store's conditional insert).</summary>
internal sealed class InMemoryDigestStore : IDigestStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> weeks = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Weeks => [.. weeks.Keys.Order(StringComparer.Ordinal)];

    public Task<bool> IsSentAsync(string week, CancellationToken cancellationToken) => Task.FromResult(weeks.ContainsKey(week));

    public Task<bool> RecordSentAsync(string week, DateTimeOffset at, CancellationToken cancellationToken) => Task.FromResult(weeks.TryAdd(week, at));
}
