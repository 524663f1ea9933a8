using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The incident flow's outage query over the announcements: the active ones whose affected service (free text typed
/// by the agent) names the incident's service or its category, by id or by any of its catalogue names ("VPN",
/// "Network and VPN", "Réseau et VPN"), ignoring case, accents and surrounding spaces. Joining one records the
/// employee's "affected" reaction, the same as "I'm affected too" on the card (counted once).
/// </summary>
internal sealed class StoredOutages(IAnnouncementStore store, IncidentCatalogue catalogue) : IOutageQuery
{
    public async Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken)
    {
        var names = Names(category, service);
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        return [.. active.Where(a => names.Contains(Fold(a.Content.Service))).Select(Outage)];
    }

    /// <summary>Every active announcement ("is there an outage?"), whatever the service.</summary>
    public async Task<IReadOnlyList<ActiveOutage>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Select(Outage)];

    public async Task<bool> JoinAsync(string outageId, TicketPerson employee, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(outageId, cancellationToken).ConfigureAwait(false) is not { IsActive: true })
        {
            return false;
        }

        await store.ReactAsync(outageId, AnnouncementReactionKind.Affected, employee, at, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static ActiveOutage Outage(Announcement a) => new(a.Id, a.Content.English.Title, a.Content.Service, a.Content.French?.Title);

    /// <summary>The ids of the incident's service and category, and their names in every language the catalogue has.</summary>
    private HashSet<string> Names(string category, string? service)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? name)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(Fold(name));
            }
        }

        Add(category);
        Add(service);
        if (catalogue.Find(category) is { } entry)
        {
            foreach (var name in entry.Name.Values)
            {
                Add(name);
            }

            foreach (var name in IncidentCatalogue.ServiceOf(entry, service)?.Name.Values ?? Enumerable.Empty<string>())
            {
                Add(name);
            }
        }

        return names;
    }

    private static string Fold(string text) => Routing.Interrupts.Normalize(text).Replace("-", " ", StringComparison.Ordinal);
}
