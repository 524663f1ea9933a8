namespace ServiceDesk.Dialogs.Ports;

/// <summary>What adding or removing a member did; every outcome but <see cref="Failed"/> and <see cref="Throttled"/> is final.</summary>
public enum MembershipStatus
{
    /// <summary>Added, or removed.</summary>
    Done,

    /// <summary>Nothing to do: already a member (add), or not a member any more (remove). Success for an idempotent job.</summary>
    AlreadyDone,

    /// <summary>The group (or the person) does not exist: an agent must look.</summary>
    NotFound,

    /// <summary>The permission is missing (403), or Graph is off: an agent fulfils it by hand.</summary>
    Denied,

    /// <summary>Throttled past the retries: try again after <see cref="MembershipOutcome.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>Graph failed or did not answer in time: try again later.</summary>
    Failed,
}

/// <summary>The outcome of one membership change; <see cref="RetryAfter"/> is what Graph asked to wait, when it did.</summary>
public sealed record MembershipOutcome(MembershipStatus Status, TimeSpan? RetryAfter = null);

/// <summary>
/// Membership of the Entra group that grants an access (a catalogue entry's <c>GroupId</c>): the building block of
/// access that fulfils itself and expires. Idempotent: adding a member twice, or removing one who left, succeeds.
/// </summary>
public interface IGroupMembership
{
    Task<MembershipOutcome> AddMemberAsync(string groupId, string objectId, CancellationToken cancellationToken);

    Task<MembershipOutcome> RemoveMemberAsync(string groupId, string objectId, CancellationToken cancellationToken);
}
