using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment;

/// <summary>
/// Which membership jobs a request owes: an approved request for an entry with <c>AutoFulfil</c> adds its requester
/// to the entry's group; a temporary one is removed at its end date, and told before. Keys name the change, so the
/// same change stored twice (two clicks, two instances, a retry) is one job.
/// </summary>
internal sealed class AccessFulfilment(IMembershipJobStore jobs, AccessCatalogue catalogue, TimeProvider clock)
{
    /// <summary>
    /// Stored before the approval of the version read: the job exists whenever the approval does, and waits for it
    /// (a job whose approval never landed is dropped). The version in the key makes two clicks of one card one job.
    /// </summary>
    public async Task BeforeApprovalAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (Job(ticket, MembershipChange.Add, $"v{ticket.Version}/grant") is { } job)
        {
            await jobs.EnqueueAsync(job, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A job of <paramref name="change"/> for <paramref name="ticket"/>, or null when its entry does not fulfil itself.</summary>
    public MembershipJob? Job(Ticket ticket, MembershipChange change, string name) =>
        ticket is { Access: { } access, Requester.AadObjectId: { } objectId }
            && catalogue.Find(access.ResourceId) is { AutoFulfil: true, GroupId: { } group }
            ? new MembershipJob($"{ticket.Number}/{name}", ticket.Number, change, group, objectId)
            : null;
}
