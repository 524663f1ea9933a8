using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The incident flow's outage query over the announcements: the active ones whose affected service is the incident's
/// service or, without a service, its category (names compared ignoring case and surrounding spaces). Joining one
/// records the employee's "affected" reaction, the same as "I'm affected too" on the card (counted once).
/// </summary>
internal sealed class StoredOutages(IAnnouncementStore store) : IOutageQuery
{
    public async Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken)
    {
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        return [.. active
            .Where(a => Matches(a.Content.Service, service) || Matches(a.Content.Service, category))
            .Select(a => Outage(a))];
    }

    /// <summary>Every active announcement ("is there an outage?"), whatever the service.</summary>
    public async Task<IReadOnlyList<ActiveOutage>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Select(a => Outage(a))];

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

    private static bool Matches(string announced, string? asked) =>
        !string.IsNullOrWhiteSpace(asked) && string.Equals(announced.Trim(), asked.Trim(), StringComparison.OrdinalIgnoreCase);
}
