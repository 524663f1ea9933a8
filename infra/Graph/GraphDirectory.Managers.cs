using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Graph;

// The approver of a person: their manager, the next one up past disabled accounts, else the default approver.
internal sealed partial class GraphDirectory
{
    public async Task<DirectoryLookup> GetManagerAsync(DirectoryPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var start = IsObjectId(person.AadObjectId) ? person.AadObjectId! : IsObjectId(person.Id) ? person.Id : null;
        if (start is null)
        {
            return await configured.GetManagerAsync(person, cancellationToken).ConfigureAwait(false);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
        DirectoryPerson? disabled = null;
        var current = start;
        for (var hop = 0; hop < maxHops; hop++)
        {
            var read = await CachedAsync("manager", current, graph.ManagerAsync, cancellationToken).ConfigureAwait(false);
            switch (read.Status)
            {
                case GraphStatus.Unavailable:
                    return DirectoryLookup.Unavailable;
                case GraphStatus.Denied:
                    // The permission is missing: the offline list decides, as it did before Graph.
                    return await configured.GetManagerAsync(person, cancellationToken).ConfigureAwait(false);
                case GraphStatus.NotFound:
                    return await FallbackAsync(person, disabled, cancellationToken).ConfigureAwait(false);
            }

            var manager = read.Value!;
            if (!seen.Add(manager.Id))
            {
                GraphLog.ManagerLoop(logger, start, hop + 1);
                return await FallbackAsync(person, disabled, cancellationToken).ConfigureAwait(false);
            }

            if (manager.Profile?.AccountEnabled != false)
            {
                return DirectoryLookup.Found(manager) with
                {
                    Absent = disabled is null ? null : ApproverAbsence.ManagerDisabled,
                    AbsentPerson = disabled,
                };
            }

            disabled ??= manager;
            current = manager.Id;
        }

        GraphLog.ManagerLoop(logger, start, maxHops);
        return await FallbackAsync(person, disabled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nobody up the chain can approve: the configured default approver, said as such.</summary>
    private async Task<DirectoryLookup> FallbackAsync(DirectoryPerson person, DirectoryPerson? disabled, CancellationToken cancellationToken)
    {
        var fallback = await configured.GetManagerAsync(person, cancellationToken).ConfigureAwait(false);
        return fallback with { Absent = ApproverAbsence.NoManager, AbsentPerson = disabled };
    }
}
