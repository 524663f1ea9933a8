using ServiceDesk.Dialogs.Flows.Fulfilment;

namespace ServiceDesk.Dialogs.Ports;

/// <summary>
/// Durable membership jobs, claimed by workers under a lease as the outbox's records are: several instances share
/// the work and none runs a job another one holds.
/// </summary>
public interface IMembershipJobStore
{
    /// <summary>Adds a pending job due at <paramref name="dueAt"/>; a key already present is a no-op that returns the existing job.</summary>
    Task<MembershipJobRecord> EnqueueAsync(MembershipJob job, DateTimeOffset dueAt, CancellationToken cancellationToken);

    Task<MembershipJobRecord?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="max"/> pending jobs due at <paramref name="now"/> whose lease is free or expired.</summary>
    Task<IReadOnlyList<MembershipJobRecord>> ClaimDueAsync(
        string workerId, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken);

    /// <summary>Pending again from <paramref name="nextDue"/>, lease given up; <paramref name="attempt"/> counts one more try. False: the lease was lost.</summary>
    Task<bool> RescheduleAsync(MembershipJobRecord claimed, DateTimeOffset nextDue, bool attempt, string? error, CancellationToken cancellationToken);

    /// <summary>Ends the job (Done, Cancelled or Parked). False: the lease was lost.</summary>
    Task<bool> FinishAsync(MembershipJobRecord claimed, MembershipJobStatus status, string? error, CancellationToken cancellationToken);
}
