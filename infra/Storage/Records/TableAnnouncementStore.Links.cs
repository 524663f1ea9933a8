using ServiceDesk.Dialogs.Announcements.Employees;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Incidents linked to a major incident, in partition <c>l|{id}</c>, one row per ticket (row = its number): adding a
/// row that exists is a Conflict, so a ticket is linked once however many agents click. A major incident has tens
/// of links at most, so listing reads the one partition and orders by the time of linking.
/// </summary>
internal sealed partial class TableAnnouncementStore : IMajorIncidentLinkStore
{
    public async Task<bool> AddLinkAsync(string announcementId, MajorIncidentLink link, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(announcementId);
        ArgumentNullException.ThrowIfNull(link);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(LinkPartition(announcementId), TableKey.Encode(link.Ticket.ToString()));
        RecordJson.Write(row, link);
        var added = await store.Table.AddAsync(row, cancellationToken).ConfigureAwait(false);
        if (added.Status == TableStatus.Conflict)
        {
            return false;
        }

        added.OrThrow("major incident link");
        return true;
    }

    public async Task<IReadOnlyList<MajorIncidentLink>> ListLinksAsync(string announcementId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(announcementId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadAllAsync(new TableQuery(LinkPartition(announcementId)), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RecordJson.Read<MajorIncidentLink>(r)).OrderBy(l => l.At).ThenBy(l => l.Ticket.ToString(), StringComparer.Ordinal)];
    }

    private static string LinkPartition(string id) => "l|" + TableKey.Encode(id);
}
