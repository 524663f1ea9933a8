using System.Collections.Concurrent;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// The backend's tables, with a step of the test's before every write to table <c>Metrics</c> (facts, marks, the open
/// tickets' copy): it may hold the write, or answer false to fail it as an unreachable store would. Every write that
/// went through is listed (partition and row).
/// </summary>
internal sealed class MetricsWrites(ITableService backend, Func<TableEntity, Task<bool>> before) : ITableService
{
    public ConcurrentQueue<(string Partition, string Row)> Written { get; } = new();

    public ITable GetTable(string name)
    {
        var table = backend.GetTable(name);
        return name == "Metrics" ? new Metrics(table, this) : table;
    }

    private Task<bool> BeforeAsync(TableEntity entity) => before(entity);

    private async Task<TableResult<T>> WriteAsync<T>(TableEntity entity, Func<Task<TableResult<T>>> write)
    {
        if (!await BeforeAsync(entity))
        {
            return TableResult<T>.Fail(TableStatus.Unavailable, "the test's store is down");
        }

        var result = await write();
        if (result.IsOk)
        {
            Written.Enqueue((entity.PartitionKey, entity.RowKey));
        }

        return result;
    }

    private sealed class Metrics(ITable inner, MetricsWrites writes) : ITable
    {
        public string Name => inner.Name;

        public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
            inner.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            inner.GetAsync(partitionKey, rowKey, cancellationToken);

        public Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            writes.WriteAsync(entity, () => inner.AddAsync(entity, cancellationToken));

        public Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default) =>
            writes.WriteAsync(entity, () => inner.UpdateAsync(entity, ifMatch, cancellationToken));

        public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            writes.WriteAsync(entity, () => inner.UpsertAsync(entity, cancellationToken));

        public Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default) =>
            writes.WriteAsync(new TableEntity(partitionKey, rowKey), () => inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken));

        public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(query, cancellationToken);

        public async Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(
            IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
        {
            foreach (var operation in operations)
            {
                if (!await writes.BeforeAsync(operation.Entity))
                {
                    return TableResult<IReadOnlyList<string?>>.Fail(TableStatus.Unavailable, "the test's store is down");
                }
            }

            var result = await inner.SubmitBatchAsync(operations, cancellationToken);
            if (result.IsOk)
            {
                foreach (var operation in operations)
                {
                    writes.Written.Enqueue((operation.Entity.PartitionKey, operation.Entity.RowKey));
                }
            }

            return result;
        }
    }
}
