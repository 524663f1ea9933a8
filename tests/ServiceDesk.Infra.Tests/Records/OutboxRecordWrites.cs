using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// The backend's tables, with a step of the test's before each conditional update of an outbox record (a claim, a
/// move, a completion): to hold a move between its hint write and its record write, or to make storage slow; and,
/// when given, a step before a new record's add (to hold an enqueue between its hint and its record). Shared as
/// source with the bot's outbox tests.
/// </summary>
internal sealed class OutboxRecordWrites(
    ITableService backend,
    Func<TableEntity, CancellationToken, Task> beforeRecordWrite,
    Func<TableEntity, CancellationToken, Task>? beforeRecordAdd = null)
    : ITableService, IDisposable
{
    public ITable GetTable(string name)
    {
        var table = backend.GetTable(name);
        return name == "Outbox" ? new Outbox(table, beforeRecordWrite, beforeRecordAdd) : table;
    }

    /// <summary>The backend is this wrapper's: a container that built the wrapper disposes the backend through it.</summary>
    public void Dispose() => (backend as IDisposable)?.Dispose();

    /// <summary>Whether the write gives up the record's lease: a move (reschedule, release, retry), a completion or a parking.</summary>
    public static bool IsMove(TableEntity record) => record.GetString("LeaseOwner") is null;

    private sealed class Outbox(
        ITable inner, Func<TableEntity, CancellationToken, Task> beforeRecordWrite, Func<TableEntity, CancellationToken, Task>? beforeRecordAdd)
        : ITable
    {
        public string Name => inner.Name;

        public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
            inner.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            inner.GetAsync(partitionKey, rowKey, cancellationToken);

        public async Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default)
        {
            await BeforeAddAsync(entity, cancellationToken);
            return await inner.AddAsync(entity, cancellationToken);
        }

        public async Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default)
        {
            if (entity.PartitionKey.StartsWith("rec", StringComparison.Ordinal))
            {
                await beforeRecordWrite(entity, cancellationToken);
            }

            return await inner.UpdateAsync(entity, ifMatch, cancellationToken);
        }

        public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            inner.UpsertAsync(entity, cancellationToken);

        public Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

        public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(query, cancellationToken);

        public async Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(
            IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
        {
            foreach (var add in operations.Where(o => o.Action == TableBatchAction.Add))
            {
                await BeforeAddAsync(add.Entity, cancellationToken);
            }

            return await inner.SubmitBatchAsync(operations, cancellationToken);
        }

        private Task BeforeAddAsync(TableEntity entity, CancellationToken cancellationToken) =>
            beforeRecordAdd is not null && entity.PartitionKey.StartsWith("rec", StringComparison.Ordinal)
                ? beforeRecordAdd(entity, cancellationToken)
                : Task.CompletedTask;
    }
}
