using System.Globalization;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Tickets waiting for a queue, in table <c>Queues</c>, partition <c>unrouted</c>: row <c>{created ticks}|{number or
/// requester, encoded}</c>, so reading the partition gives creation order. Holding twice upserts the same row.
/// </summary>
internal sealed class TableUnroutedStore(ITableService service) : IUnroutedStore
{
    private const string Partition = "unrouted";

    private readonly CreatedTable store = new(service.GetTable("Queues"));

    public async Task HoldAsync(UnroutedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, RowKey(ticket));
        RecordJson.Write(entity, ticket);
        (await store.Table.UpsertAsync(entity, cancellationToken).ConfigureAwait(false)).OrThrow("unrouted hold");
    }

    public async Task<IReadOnlyList<UnroutedTicket>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await store.ReadAllAsync(new TableQuery(Partition), "unrouted list", cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => RecordJson.Read<UnroutedTicket>(r))];
    }

    public async Task ReleaseAsync(UnroutedTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        (await store.Table.DeleteAsync(Partition, RowKey(ticket), TableEntity.AnyETag, cancellationToken).ConfigureAwait(false))
            .DeletedOrGone("unrouted release");
    }

    private static string RowKey(UnroutedTicket ticket) =>
        ticket.CreatedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|"
        + TableKey.Encode(ticket.Number?.ToString() ?? ticket.RequesterId);
}
