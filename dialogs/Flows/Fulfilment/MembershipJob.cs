using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>What a membership job does to the Entra group of an access request.</summary>
public enum MembershipChange
{
    /// <summary>Adds the requester to the group (the approved access).</summary>
    Add,

    /// <summary>Removes the requester from the group (a temporary access at its end date).</summary>
    Remove,

    /// <summary>Tells the requester a temporary access ends soon, with "Ask to extend" (no Graph call).</summary>
    EndNotice,

    /// <summary>Removes the requester from the group because their account was disabled or deleted; the owners are told.</summary>
    Leaver,

    /// <summary>Removes the requester from the group because a resource owner chose Remove at an access review.</summary>
    Review,
}

/// <summary>
/// One change of group membership the service desk owes a request. <paramref name="Key"/> names the change
/// (<c>REQ-000012/grant</c>): storing the same key twice keeps one job, so two clicks of one approval make one.
/// </summary>
public sealed record MembershipJob(string Key, TicketNumber Ticket, MembershipChange Change, string GroupId, string ObjectId);

/// <summary>Pending until it ran; Done, Cancelled (nothing to do any more) or Parked (an agent must act) after.</summary>
public enum MembershipJobStatus { Pending, Done, Cancelled, Parked }

/// <summary>A worker's claim on a job until <paramref name="ExpiresAt"/>; after that another worker may take it.</summary>
public sealed record MembershipJobLease(string Owner, DateTimeOffset ExpiresAt);

/// <summary>
/// A job as stored. <see cref="ETag"/> is the version a worker read: every write after a claim is conditional on it,
/// so a worker whose lease expired and was taken over cannot overwrite the new holder's work.
/// </summary>
public sealed record MembershipJobRecord(
    MembershipJob Job,
    MembershipJobStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    int Attempts,
    MembershipJobLease? Lease,
    string? LastError,
    string ETag)
{
    public string Key => Job.Key;
}
