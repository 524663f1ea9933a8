using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Fulfilment.Reviews;

/// <summary>
/// Who reviews an entry: the owners of its Entra group (from Graph, disabled accounts left out), else the owners the
/// catalogue names, else its fallback approver. Null when the directory could not answer (try at the next pass).
/// </summary>
internal sealed class AccessReviewOwners(IDirectory directory)
{
    public async Task<IReadOnlyList<TicketPerson>?> ForAsync(AccessResource resource, CancellationToken cancellationToken)
    {
        var found = new List<DirectoryPerson>();
        if (resource.GroupId is { } group)
        {
            var owners = await directory.GetGroupOwnersAsync(group, cancellationToken).ConfigureAwait(false);
            if (owners.Outcome == DirectoryOutcome.Unavailable)
            {
                return null;
            }

            found.AddRange(owners.Owners.Where(o => o.Profile?.AccountEnabled != false));
        }

        foreach (var id in found.Count > 0 ? [] : resource.Owners.Count > 0 ? resource.Owners : resource.FallbackApprover is { } f ? [f] : [])
        {
            var lookup = await directory.FindPersonAsync(id, cancellationToken).ConfigureAwait(false);
            if (lookup.Outcome == DirectoryOutcome.Unavailable)
            {
                return null;
            }

            if (lookup.Person?.Profile?.AccountEnabled != false)
            {
                found.Add(lookup.Person ?? new DirectoryPerson(id, null, null));
            }
        }

        return [.. found.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => new TicketPerson(p.Id, p.AadObjectId, p.Name))];
    }
}
