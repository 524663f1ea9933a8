using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Tests.Records;

/// <summary>
/// The backend's tables, except that once <see cref="HoldNext"/> is called the next conditional update of an outbox
/// record waits until <see cref="Release"/>: the moment between a move's hint write and its record write, held open
/// so a test can put another worker's claim into it (on a busy machine the moment is long, and such a claim happens).
/// </summary>
internal sealed class HeldRecordWrites(ITableService backend) : ITableService
{
    private readonly Lock sync = new();
    private TaskCompletionSource? holding;
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ITable GetTable(string name)
    {
        var table = backend.GetTable(name);
        return name == "Outbox" ? new Outbox(table, this) : table;
    }

    /// <summary>The next record update waits; the returned task completes once it is waiting.</summary>
    public Task HoldNext()
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            holding = reached;
        }

        return reached.Task;
    }

    /// <summary>Lets the held update (and every later one) through.</summary>
    public void Release() => released.TrySetResult();

    private async Task WaitIfHeldAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource? held;
        lock (sync)
        {
            (held, holding) = (holding, null);
        }

        if (held is not null)
        {
            held.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class Outbox(ITable inner, HeldRecordWrites owner) : ITable
    {
        public string Name => inner.Name;

        public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
            inner.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            inner.GetAsync(partitionKey, rowKey, cancellationToken);

        public Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            inner.AddAsync(entity, cancellationToken);

        public async Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default)
        {
            if (entity.PartitionKey.StartsWith("rec", StringComparison.Ordinal))
            {
                await owner.WaitIfHeldAsync(cancellationToken);
            }

            return await inner.UpdateAsync(entity, ifMatch, cancellationToken);
        }

        public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            inner.UpsertAsync(entity, cancellationToken);

        public Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

        public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(query, cancellationToken);

        public Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(
            IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default) =>
            inner.SubmitBatchAsync(operations, cancellationToken);
    }
}
