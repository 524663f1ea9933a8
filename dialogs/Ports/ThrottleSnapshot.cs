namespace ServiceDesk.Dialogs.Ports;

/// <summary>The shared throttle as read at one moment: tenant (empty for none) → paused until, and the heartbeats.</summary>
public sealed record ThrottleSnapshot(IReadOnlyDictionary<string, DateTimeOffset> PausedUntil, IReadOnlyList<InstanceBeat> Instances);

/// <summary>
/// One instance's heartbeat: live until <paramref name="ExpiresAt"/>; it promises to send at most
/// <paramref name="Share"/> requests per second per tenant. A lower share is honoured from <paramref name="ChangedAt"/>
/// on, but calls made under <paramref name="PreviousShare"/> stay in Teams' one-second window a little longer.
/// </summary>
public sealed record InstanceBeat(string InstanceId, DateTimeOffset ExpiresAt, int Share, int PreviousShare, DateTimeOffset ChangedAt);
