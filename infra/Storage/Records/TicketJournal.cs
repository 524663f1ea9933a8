using System.Globalization;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Write-ahead intents for ticket changes. An intent (the change's <see cref="TicketWork"/>) is written before the
/// ticket's partition is, and deleted once its work is applied. The journal is sharded over a few partitions so that
/// its write rate stays under Table Storage's per-partition limit and recovery reads only those partitions.
/// </summary>
internal sealed class TicketJournal(RecordTables tables, TimeProvider clock)
{
    public const int Shards = 8;

    public static string Partition(int shard) => "j" + shard.ToString("D2", CultureInfo.InvariantCulture);

    public async Task<IndexKey> WriteAsync(TicketWork work, CancellationToken cancellationToken)
    {
        var key = new IndexKey(
            Partition((int)(work.Number.Sequence % Shards)),
            $"{work.Number}|{TicketKeys.Ticks(work.Version)}|{work.OpId:N}");
        var entity = new TableEntity(key.PartitionKey, key.RowKey) { ["WrittenAt"] = clock.GetUtcNow() };
        RecordJson.Write(entity, work);
        var added = await tables.JournalWriter.SubmitAsync(TableBatchOperation.Add(entity)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (added.Status != TableStatus.Conflict)
        {
            // Conflict: a retried request met our own first attempt (the row key holds this change's unique id).
            added.OrThrow("journal");
        }

        return key;
    }

    public async Task DeleteAsync(IndexKey key, CancellationToken cancellationToken) =>
        (await tables.JournalWriter.SubmitAsync(TableBatchOperation.Delete(key.PartitionKey, key.RowKey, TableEntity.AnyETag))
            .WaitAsync(cancellationToken).ConfigureAwait(false)).DeletedOrGone("journal");

    /// <summary>The intents of one shard, oldest write first within each ticket.</summary>
    public async IAsyncEnumerable<(IndexKey Key, TicketWork Work, DateTimeOffset WrittenAt)> ReadAsync(
        int shard, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = (await tables.Journal.QueryAsync(
                new TableQuery(Partition(shard)) { ContinuationToken = continuation, Take = 200 }, cancellationToken).ConfigureAwait(false))
                .OrThrow("journal");
            foreach (var entity in page.Entities)
            {
                yield return (new IndexKey(entity.PartitionKey, entity.RowKey), RecordJson.Read<TicketWork>(entity),
                    entity.GetDateTimeOffset("WrittenAt") ?? DateTimeOffset.MinValue);
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
