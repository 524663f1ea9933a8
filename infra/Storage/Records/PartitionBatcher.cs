using System.Collections.Concurrent;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Group commit for writes that land in the same partition (the journal, a queue, the outbox hints): while one batch
/// is being written, the writes that arrive for that partition wait and go together in the next batch (up to 100,
/// one per row key). Each caller still gets its own outcome: if a batch fails (one duplicate add fails them all), its
/// operations are replayed one by one. One transaction (SQLite) or one request (Azure) then carries many writes.
/// </summary>
internal sealed class PartitionBatcher(ITable table)
{
    private const int MaxBatch = 100;

    // Table Storage refuses batches over 4 MiB: stay well under by an estimate of each entity's size.
    private const long MaxBatchBytes = 2 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Lane> lanes = new(StringComparer.Ordinal);

    public Task<TableResult<string?>> SubmitAsync(TableBatchOperation operation)
    {
        var pending = new Pending(operation);
        var lane = lanes.GetOrAdd(operation.Entity.PartitionKey, _ => new Lane());
        bool startFlusher;
        lock (lane)
        {
            lane.Queue.Enqueue(pending);
            startFlusher = !lane.Flushing;
            lane.Flushing = true;
        }

        if (startFlusher)
        {
            _ = Task.Run(() => FlushAsync(lane));
        }

        return pending.Result.Task;
    }

    private async Task FlushAsync(Lane lane)
    {
        while (true)
        {
            var batch = new List<Pending>();
            lock (lane)
            {
                var rows = new HashSet<string>(StringComparer.Ordinal);
                var later = new List<Pending>();
                long bytes = 0;
                while (batch.Count < MaxBatch && (batch.Count == 0 || bytes < MaxBatchBytes) && lane.Queue.TryDequeue(out var next))
                {
                    bytes += EstimatedBytes(next.Operation.Entity);
                    (rows.Add(next.Operation.Entity.RowKey) ? batch : later).Add(next);
                }

                if (later.Count > 0)
                {
                    // A second write to the same row waits for the next batch, ahead of anything that came after it.
                    var rest = later.Concat(lane.Queue).ToList();
                    lane.Queue.Clear();
                    rest.ForEach(lane.Queue.Enqueue);
                }

                if (batch.Count == 0)
                {
                    lane.Flushing = false;
                    return;
                }
            }

            await WriteAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            if (batch.Count > 1)
            {
                var result = await table.SubmitBatchAsync([.. batch.Select(p => p.Operation)]).ConfigureAwait(false);
                if (result.IsOk)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Result.TrySetResult(TableResult<string?>.Ok(result.Value![i]));
                    }

                    return;
                }
            }

            foreach (var pending in batch)
            {
                pending.Result.TrySetResult(await WriteOneAsync(pending.Operation).ConfigureAwait(false));
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Result.TrySetException(ex);
            }
        }
    }

    private async Task<TableResult<string?>> WriteOneAsync(TableBatchOperation operation)
    {
        var entity = operation.Entity;
        return operation.Action switch
        {
            TableBatchAction.Add => Widen(await table.AddAsync(entity).ConfigureAwait(false)),
            TableBatchAction.Update => Widen(await table.UpdateAsync(entity, operation.IfMatch).ConfigureAwait(false)),
            TableBatchAction.Upsert => Widen(await table.UpsertAsync(entity).ConfigureAwait(false)),
            _ => (await table.DeleteAsync(entity.PartitionKey, entity.RowKey, operation.IfMatch).ConfigureAwait(false)) is var deleted && deleted.IsOk
                ? TableResult<string?>.Ok(null) : deleted.As<string?>(),
        };
    }

    private static long EstimatedBytes(TableEntity entity) =>
        1024 + entity.Properties.Sum(p => p.Key.Length * 2L + (p.Value.Value is string text ? text.Length * 2L : 16));

    private static TableResult<string?> Widen(TableResult<string> result) =>
        result.IsOk ? TableResult<string?>.Ok(result.Value) : result.As<string?>();

    private sealed class Lane
    {
        public Queue<Pending> Queue { get; } = new();

        public bool Flushing { get; set; }
    }

    private sealed record Pending(TableBatchOperation Operation)
    {
        public TaskCompletionSource<TableResult<string?>> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
