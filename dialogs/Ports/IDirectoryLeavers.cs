namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Read: the changes since the link were read; Off: Graph is off or refused (403); Unavailable: try next time;
/// Expired: Graph no longer knows the link, start again from the whole directory.
/// </summary>
public enum LeaversStatus { Read, Off, Unavailable, Expired }

/// <summary>
/// The Entra object ids of the accounts disabled or deleted since <c>deltaLink</c>, and the link to read from next
/// time (null unless <see cref="LeaversStatus.Read"/>).
/// </summary>
public sealed record LeaversRead(LeaversStatus Status, IReadOnlyList<string> Leavers, string? DeltaLink)
{
    public static readonly LeaversRead Off = new(LeaversStatus.Off, [], null);

    public static readonly LeaversRead Unavailable = new(LeaversStatus.Unavailable, [], null);

    public static readonly LeaversRead Expired = new(LeaversStatus.Expired, [], null);
}

/// <summary>The accounts that left the organisation, read as changes since the previous read (Graph's users delta query).</summary>
public interface IDirectoryLeavers
{
    /// <summary>Every page since <paramref name="deltaLink"/> (null: the whole directory, the first read).</summary>
    Task<LeaversRead> ReadAsync(string? deltaLink, CancellationToken cancellationToken);
}
