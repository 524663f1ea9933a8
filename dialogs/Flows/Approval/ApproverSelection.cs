using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>
/// Who approves a request for one catalogue entry, the one place that decides it (access, software, hardware, and each
/// item of a new starter's request): nobody for an entry whose rule is None, else its named owners, else the
/// requester's manager. Nobody approves their own request: an owner asking for their own resource goes to their
/// manager instead.
/// </summary>
internal sealed class ApproverSelection(IDirectory directory)
{
    /// <summary>
    /// The approvers (empty with <see cref="DirectoryOutcome.Found"/>: no approval needed); <see cref="DirectoryOutcome.Unavailable"/>
    /// when the directory could not answer, <see cref="DirectoryOutcome.NotFound"/> when nobody could be found to ask.
    /// </summary>
    public async Task<(DirectoryOutcome Outcome, IReadOnlyList<TicketPerson> Approvers)> ForAsync(
        AccessResource resource, DirectoryPerson requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(requester);
        if (resource.Approver == AccessApproverRule.None)
        {
            return (DirectoryOutcome.Found, []);
        }

        var found = new List<DirectoryPerson>();
        if (resource.Approver == AccessApproverRule.Owners)
        {
            foreach (var owner in resource.Owners)
            {
                var lookup = await directory.FindPersonAsync(owner, cancellationToken).ConfigureAwait(false);
                if (lookup.Outcome == DirectoryOutcome.Unavailable)
                {
                    return (DirectoryOutcome.Unavailable, []);
                }

                found.Add(lookup.Person ?? new DirectoryPerson(owner, null, null));
            }
        }

        found.RemoveAll(p => p.Is(requester.Id) || p.Is(requester.AadObjectId));
        if (found.Count == 0)
        {
            var manager = await directory.GetManagerAsync(requester, cancellationToken).ConfigureAwait(false);
            if (manager.Outcome != DirectoryOutcome.Found)
            {
                return (manager.Outcome, []);
            }

            found.Add(manager.Person!);
        }

        return (DirectoryOutcome.Found, [.. found.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => new TicketPerson(p.Id, p.AadObjectId, p.Name))]);
    }
}
