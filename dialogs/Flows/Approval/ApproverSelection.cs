using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Flows.Approval;

/// <summary>Who approves a request, and why when it is not the usual approver (said on the cards).</summary>
internal sealed record ApproverChoice(DirectoryOutcome Outcome, IReadOnlyList<TicketPerson> Approvers, ApproverRouting? Routing = null)
{
    public static readonly ApproverChoice Unavailable = new(DirectoryOutcome.Unavailable, []);

    public static readonly ApproverChoice Nobody = new(DirectoryOutcome.NotFound, []);
}

/// <summary>
/// Who approves a request for one catalogue entry, the one place that decides it (access, software, hardware, and each
/// item of a new starter's request): nobody for an entry whose rule is None; else the owners of the entry's Entra group
/// (or its named owners), else the requester's manager (the directory passes over disabled managers). When nobody can
/// (no manager, a group without an owner who can) the entry's fallback approver decides. Nobody approves their own
/// request: an owner asking for their own resource goes to their manager instead.
/// </summary>
internal sealed class ApproverSelection(IDirectory directory)
{
    /// <summary>
    /// The approvers (empty with <see cref="DirectoryOutcome.Found"/>: no approval needed); <see cref="DirectoryOutcome.Unavailable"/>
    /// when the directory could not answer, <see cref="DirectoryOutcome.NotFound"/> when nobody could be found to ask.
    /// </summary>
    public async Task<ApproverChoice> ForAsync(AccessResource resource, DirectoryPerson requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(requester);
        if (resource.Approver == AccessApproverRule.None)
        {
            return new ApproverChoice(DirectoryOutcome.Found, []);
        }

        var found = new List<DirectoryPerson>();
        if (resource.Approver == AccessApproverRule.Owners)
        {
            if (!await OwnersAsync(resource, found, cancellationToken).ConfigureAwait(false))
            {
                return ApproverChoice.Unavailable;
            }

            found.RemoveAll(p => p.Is(requester.Id) || p.Is(requester.AadObjectId));
            if (found.Count == 0 && resource.FallbackApprover is not null)
            {
                return await FallbackAsync(resource, requester, ApproverAbsence.NoOwner, null, cancellationToken).ConfigureAwait(false);
            }
        }

        if (found.Count > 0)
        {
            return new ApproverChoice(DirectoryOutcome.Found, People(found));
        }

        var manager = await directory.GetManagerAsync(requester, cancellationToken).ConfigureAwait(false);
        if (manager.Outcome == DirectoryOutcome.Unavailable)
        {
            return ApproverChoice.Unavailable;
        }

        var none = manager.Outcome == DirectoryOutcome.NotFound || manager.Absent == ApproverAbsence.NoManager;
        if (none && resource.FallbackApprover is not null)
        {
            return await FallbackAsync(resource, requester, ApproverAbsence.NoManager, manager.AbsentPerson, cancellationToken).ConfigureAwait(false);
        }

        return manager.Outcome == DirectoryOutcome.Found
            ? new ApproverChoice(DirectoryOutcome.Found, People([manager.Person!]),
                manager.Absent is { } absent ? new ApproverRouting(absent, manager.AbsentPerson?.Name) : null)
            : ApproverChoice.Nobody;
    }

    /// <summary>The group's owners, else the named ones; disabled accounts left out. False: the directory is unavailable.</summary>
    private async Task<bool> OwnersAsync(AccessResource resource, List<DirectoryPerson> found, CancellationToken cancellationToken)
    {
        if (resource.GroupId is { } group)
        {
            var owners = await directory.GetGroupOwnersAsync(group, cancellationToken).ConfigureAwait(false);
            if (owners.Outcome == DirectoryOutcome.Unavailable)
            {
                return false;
            }

            found.AddRange(owners.Owners);
            if (found.Count > 0)
            {
                return true;
            }
        }

        foreach (var owner in resource.Owners)
        {
            var lookup = await directory.FindPersonAsync(owner, cancellationToken).ConfigureAwait(false);
            if (lookup.Outcome == DirectoryOutcome.Unavailable)
            {
                return false;
            }

            if (lookup.Person?.Profile?.AccountEnabled != false)
            {
                found.Add(lookup.Person ?? new DirectoryPerson(owner, null, null));
            }
        }

        return true;
    }

    private async Task<ApproverChoice> FallbackAsync(
        AccessResource resource, DirectoryPerson requester, ApproverAbsence reason, DirectoryPerson? absent, CancellationToken cancellationToken)
    {
        var id = resource.FallbackApprover!;
        if (requester.Is(id))
        {
            return ApproverChoice.Nobody;
        }

        var lookup = await directory.FindPersonAsync(id, cancellationToken).ConfigureAwait(false);
        if (lookup.Outcome == DirectoryOutcome.Unavailable)
        {
            return ApproverChoice.Unavailable;
        }

        return new ApproverChoice(DirectoryOutcome.Found, People([lookup.Person ?? new DirectoryPerson(id, null, null)]),
            new ApproverRouting(reason, absent?.Name));
    }

    private static IReadOnlyList<TicketPerson> People(IEnumerable<DirectoryPerson> people) =>
        [.. people.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => new TicketPerson(p.Id, p.AadObjectId, p.Name))];
}
