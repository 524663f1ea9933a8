using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// Signing keys per metadata address. Refreshed after <see cref="BotOptions.SigningKeyRefreshInterval"/>; a key id
/// it does not know triggers one forced refresh, at most once per <see cref="BotOptions.SigningKeyForcedRefreshInterval"/>,
/// because keys can be rotated at any time but an attacker must not be able to make us hammer the issuer.
/// </summary>
internal sealed class SigningKeyCache(OpenIdKeySetClient client, IOptions<BotOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<SigningKeyLookup> FindAsync(string metadataAddress, string keyId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(metadataAddress, _ => new Entry());
        var (set, fetchedNow) = await GetCurrentAsync(metadataAddress, entry, cancellationToken).ConfigureAwait(false);
        if (set is null) return SigningKeyLookup.Missing("signing keys unavailable");
        if (set.Find(keyId) is { } key) return SigningKeyLookup.Found(key, set);
        if (fetchedNow) return SigningKeyLookup.Missing("unknown signing key");

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited.
            if (entry.Current?.Set is { } latest && latest.Find(keyId) is { } refreshed) return SigningKeyLookup.Found(refreshed, latest);
            var now = time.GetUtcNow();
            if (entry.LastForcedRefresh is { } last && now - last < options.Value.SigningKeyForcedRefreshInterval)
                return SigningKeyLookup.Missing("unknown signing key");
            entry.LastForcedRefresh = now;
            await RefreshAsync(metadataAddress, entry, cancellationToken).ConfigureAwait(false);
            return entry.Current?.Set is { } after && after.Find(keyId) is { } found
                ? SigningKeyLookup.Found(found, after)
                : SigningKeyLookup.Missing("unknown signing key");
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task<(SigningKeySet? Set, bool FetchedNow)> GetCurrentAsync(string address, Entry entry, CancellationToken cancellationToken)
    {
        if (entry.Current is { } current && time.GetUtcNow() < current.NextRefresh) return (current.Set, false);
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (entry.Current is { } fresh && time.GetUtcNow() < fresh.NextRefresh) return (fresh.Set, false);
            await RefreshAsync(address, entry, cancellationToken).ConfigureAwait(false);
            return (entry.Current?.Set, true);
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Called under the entry's gate. A failed refresh keeps the last good keys and retries later.</summary>
    private async Task RefreshAsync(string address, Entry entry, CancellationToken cancellationToken)
    {
        var fetched = await client.FetchAsync(address, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (fetched is not null)
            entry.Current = new Snapshot(fetched, now + options.Value.SigningKeyRefreshInterval);
        else if (entry.Current is { } lastGood)
            entry.Current = lastGood with { NextRefresh = now + options.Value.SigningKeyForcedRefreshInterval };
    }

    private sealed record Snapshot(SigningKeySet Set, DateTimeOffset NextRefresh);

    private sealed class Entry
    {
        private volatile Snapshot? _current;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Read without the gate, written under it; one reference so readers never see a torn pair.</summary>
        public Snapshot? Current { get => _current; set => _current = value; }

        /// <summary>Only touched under the gate.</summary>
        public DateTimeOffset? LastForcedRefresh { get; set; }
    }
}
