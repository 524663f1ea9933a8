using ServiceDesk.Dialogs.Flows.ReportIncident;

namespace ServiceDesk.Dialogs.Announcements;

/// <summary>
/// The incident flow's outage query over the announcements: the active ones whose affected service is the incident's
/// service or, without a service, its category (names compared ignoring case and surrounding spaces).
/// </summary>
internal sealed class StoredOutages(IAnnouncementStore store) : IOutageQuery
{
    public async Task<IReadOnlyList<ActiveOutage>> FindActiveAsync(string category, string? service, CancellationToken cancellationToken)
    {
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        return [.. active
            .Where(a => Matches(a.Content.Service, service) || Matches(a.Content.Service, category))
            .Select(a => new ActiveOutage(a.Id, a.Content.English.Title, a.Content.Service))];
    }

    /// <summary>Every active announcement ("is there an outage?"), whatever the service.</summary>
    public async Task<IReadOnlyList<ActiveOutage>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Select(a => new ActiveOutage(a.Id, a.Content.English.Title, a.Content.Service))];

    private static bool Matches(string announced, string? asked) =>
        !string.IsNullOrWhiteSpace(asked) && string.Equals(announced.Trim(), asked.Trim(), StringComparison.OrdinalIgnoreCase);
}
