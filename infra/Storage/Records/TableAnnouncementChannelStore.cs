using ServiceDesk.Dialogs.Announcements.Agents;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// The announcements channel chosen from the setup card: one row (<c>channel</c>) of partition <c>announcements</c>
/// in table <c>Queues</c>, next to the agents' queues (a different partition, so queue listings never see it).
/// Saving is last writer wins (the latest owner's choice).
/// </summary>
internal sealed class TableAnnouncementChannelStore(ITableService service) : IAnnouncementChannelStore
{
    private const string Partition = "announcements";
    private const string Row = "channel";

    private readonly CreatedTable store = new(service.GetTable("Queues"));

    public async Task<AnnouncementChannelSetting?> GetAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition, Row, cancellationToken).ConfigureAwait(false);
        return row.Status == TableStatus.NotFound ? null : RecordJson.Read<AnnouncementChannelSetting>(row.OrThrow("announcements channel get"));
    }

    public async Task SaveAsync(AnnouncementChannelSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, Row);
        RecordJson.Write(entity, setting);
        (await store.Table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false)).OrThrow("announcements channel save");
    }
}
