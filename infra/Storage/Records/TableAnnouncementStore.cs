using System.Globalization;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Resilience;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Announcements in table <c>Announcements</c>. Partition <c>a</c> holds every announcement (row = its id) and the
/// id counter (row <c>counter</c>, without Status, so never read as an announcement): a few per month, so creating one is a single atomic batch (counter under its ETag +
/// the new row) and "active" is a filtered read of that one partition. Reactions live in partition <c>r|{id}</c>
/// (see the Reactions part). Updates are conditional on the ETag of the version that was checked.
/// </summary>
internal sealed partial class TableAnnouncementStore(ITableService service) : IAnnouncementStore
{
    private const string Partition = "a";
    private const string CounterRow = "counter";
    private const int MaxAttempts = 50;

    private readonly CreatedTable store = new(service.GetTable("Announcements"));

    public async Task<Announcement> CreateAsync(AnnouncementContent content, TicketPerson author, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(author);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var counter = await store.Table.GetAsync(Partition, CounterRow, cancellationToken).ConfigureAwait(false);
            if (!counter.IsOk && counter.Status != TableStatus.NotFound)
            {
                throw TableResultExtensions.Unavailable(counter, "announcement counter");
            }

            var number = counter.IsOk ? counter.Value!.GetInt64("Next") ?? 1 : 1;
            var next = new TableEntity(Partition, CounterRow) { ["Next"] = TableValue.FromInt64(number + 1) };
            var announcement = Announcement.NewDraft(IdOf(number), content, author, at);
            var result = await store.Table.SubmitBatchAsync(
                [counter.IsOk ? TableBatchOperation.Update(next, counter.Value!.ETag!) : TableBatchOperation.Add(next), TableBatchOperation.Add(Row(announcement))],
                cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return announcement;
            }

            // Another instance took the number first: read the counter again.
            if (result.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(result, "announcement create");
            }

            await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Announcement?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition, TableKey.Encode(id), cancellationToken).ConfigureAwait(false);
        if (row.Status == TableStatus.NotFound || (row.IsOk && row.Value!.GetString("Status") is null))
        {
            return null;
        }

        return await WithCountsAsync(RecordJson.Read<Announcement>(row.OrThrow("announcement get")), cancellationToken).ConfigureAwait(false);
    }

    public async Task<AnnouncementSave> UpdateAsync(Announcement changed, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition, TableKey.Encode(changed.Id), cancellationToken).ConfigureAwait(false);
        if (row.Status == TableStatus.NotFound || (row.IsOk && row.Value!.GetString("Status") is null))
        {
            return new(AnnouncementSaveStatus.NotFound, null);
        }

        var stored = row.OrThrow("announcement read");
        if (stored.GetInt32("Version") != expectedVersion)
        {
            return await StaleAsync(RecordJson.Read<Announcement>(stored), cancellationToken).ConfigureAwait(false);
        }

        var saved = await store.Table.UpdateAsync(Row(changed), stored.ETag!, cancellationToken).ConfigureAwait(false);
        if (saved.Status is TableStatus.PreconditionFailed or TableStatus.NotFound)
        {
            return await GetAsync(changed.Id, cancellationToken).ConfigureAwait(false) is { } current
                ? new(AnnouncementSaveStatus.Stale, current)
                : new(AnnouncementSaveStatus.NotFound, null);
        }

        saved.OrThrow("announcement update");
        return new(AnnouncementSaveStatus.Saved, await WithCountsAsync(changed, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<Announcement>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = new PropertyFilter("Status", FilterOperator.Equal, nameof(AnnouncementStatus.Published));
        var active = new List<Announcement>();
        foreach (var entity in await ReadAllAsync(new TableQuery(Partition) { Filters = [filter] }, cancellationToken).ConfigureAwait(false))
        {
            active.Add(await WithCountsAsync(RecordJson.Read<Announcement>(entity), cancellationToken).ConfigureAwait(false));
        }

        return [.. active.OrderBy(a => a.PublishedAt ?? a.CreatedAt)];
    }

    private static string IdOf(long number) => "MAJ-" + number.ToString("000000", CultureInfo.InvariantCulture);

    private static TableEntity Row(Announcement announcement)
    {
        var entity = new TableEntity(Partition, TableKey.Encode(announcement.Id))
        {
            ["Status"] = announcement.Status.ToString(),
            ["Version"] = TableValue.FromInt32(announcement.Version),
        };
        // Counts live in the reaction partition; the row never carries a copy that could go stale.
        RecordJson.Write(entity, announcement with { Counts = AnnouncementCounts.None });
        return entity;
    }

    private async Task<AnnouncementSave> StaleAsync(Announcement current, CancellationToken cancellationToken) =>
        new(AnnouncementSaveStatus.Stale, await WithCountsAsync(current, cancellationToken).ConfigureAwait(false));

    private Task<List<TableEntity>> ReadAllAsync(TableQuery query, CancellationToken cancellationToken) =>
        store.ReadAllAsync(query, "announcement query", cancellationToken);

    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Backoff.AfterConflictAsync(attempt, 100, cancellationToken);
}
