namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// What the outbox workers of every instance share to stay within Teams' per-tenant limit together (as Company
/// Communicator does): a "paused until" per tenant after a 429, and one heartbeat row per live instance with the share
/// of the tenant budget it claims. Small (a row per tenant and per instance): one read returns all of it, so each
/// instance reads it about once a second, not per call.
/// </summary>
public interface IThrottleStore
{
    /// <summary>Every tenant's pause and every instance's heartbeat, expired ones included (the reader decides).</summary>
    Task<ThrottleSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Pauses <paramref name="tenant"/> until <paramref name="until"/>, unless it is already paused longer (the later time wins).</summary>
    Task PauseTenantAsync(string tenant, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Writes (inserts or replaces) this instance's heartbeat.</summary>
    Task BeatAsync(InstanceBeat beat, CancellationToken cancellationToken);

    /// <summary>Removes an instance's heartbeat (its own on shutdown, or one long expired); gone already is fine.</summary>
    Task RemoveAsync(string instanceId, CancellationToken cancellationToken);
}
