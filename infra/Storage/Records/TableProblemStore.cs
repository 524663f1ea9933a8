using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Infra.Resilience;
using ServiceDesk.Infra.Storage.Tables;

namespace ServiceDesk.Infra.Storage.Records;

/// <summary>
/// Problem records in table <c>Problems</c>. Partition <c>p</c> holds every problem (row = its id, with <c>Open</c> and
/// <c>Version</c> beside the JSON) and the id counter (row <c>counter</c>, without Version, so never read as a problem):
/// a few a week, so creating one is a single atomic batch (counter under its ETag + the new row) and "open" is a
/// filtered read of that one partition. Clusters and published articles live in their own partitions (see the other
/// parts). Updates are conditional on the ETag of the version that was checked.
/// </summary>
internal sealed partial class TableProblemStore(ITableService service) : IProblemStore
{
    private const string Partition = "p";
    private const string CounterRow = "counter";
    private const int MaxAttempts = 50;

    private readonly CreatedTable store = new(service.GetTable("Problems"));

    public async Task<Problem> CreateAsync(string title, string? service, TicketPerson by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(by);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var counter = await store.Table.GetAsync(Partition, CounterRow, cancellationToken).ConfigureAwait(false);
            if (!counter.IsOk && counter.Status != TableStatus.NotFound)
            {
                throw TableResultExtensions.Unavailable(counter, "problem counter");
            }

            var number = counter.IsOk ? counter.Value!.GetInt64("Next") ?? 1 : 1;
            var next = new TableEntity(Partition, CounterRow) { ["Next"] = TableValue.FromInt64(number + 1) };
            var problem = Problem.Open(Problem.IdOf(number), title, service, by, at);
            var result = await store.Table.SubmitBatchAsync(
                [counter.IsOk ? TableBatchOperation.Update(next, counter.Value!.ETag!) : TableBatchOperation.Add(next), TableBatchOperation.Add(Row(problem))],
                cancellationToken).ConfigureAwait(false);
            if (result.IsOk)
            {
                return problem;
            }

            // Another instance took the number first: read the counter again.
            if (result.Status is not (TableStatus.PreconditionFailed or TableStatus.Conflict) || attempt == MaxAttempts)
            {
                throw TableResultExtensions.Unavailable(result, "problem create");
            }

            await Backoff.AfterConflictAsync(attempt, 100, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Problem?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition, TableKey.Encode(id), cancellationToken).ConfigureAwait(false);
        if (row.Status == TableStatus.NotFound || (row.IsOk && row.Value!.GetInt32("Version") is null))
        {
            return null;
        }

        return RecordJson.Read<Problem>(row.OrThrow("problem get"));
    }

    public async Task<ProblemSave> UpdateAsync(Problem changed, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Table.GetAsync(Partition, TableKey.Encode(changed.Id), cancellationToken).ConfigureAwait(false);
        if (row.Status == TableStatus.NotFound || (row.IsOk && row.Value!.GetInt32("Version") is null))
        {
            return new(ProblemSaveStatus.NotFound, null);
        }

        var stored = row.OrThrow("problem read");
        if (stored.GetInt32("Version") != expectedVersion)
        {
            return new(ProblemSaveStatus.Stale, RecordJson.Read<Problem>(stored));
        }

        var saved = await store.Table.UpdateAsync(Row(changed), stored.ETag!, cancellationToken).ConfigureAwait(false);
        if (saved.Status is TableStatus.PreconditionFailed or TableStatus.NotFound)
        {
            return await GetAsync(changed.Id, cancellationToken).ConfigureAwait(false) is { } current
                ? new(ProblemSaveStatus.Stale, current)
                : new(ProblemSaveStatus.NotFound, null);
        }

        saved.OrThrow("problem update");
        return new(ProblemSaveStatus.Saved, changed);
    }

    public async Task<IReadOnlyList<Problem>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var filter = new PropertyFilter("Open", FilterOperator.Equal, TableValue.FromBoolean(true));
        var rows = await store.ReadAllAsync(new TableQuery(Partition) { Filters = [filter] }, "problem query", cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RecordJson.Read<Problem>(r)).OrderBy(p => p.OpenedAt).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    private static TableEntity Row(Problem problem)
    {
        var entity = new TableEntity(Partition, TableKey.Encode(problem.Id))
        {
            ["Open"] = TableValue.FromBoolean(problem.IsOpen),
            ["Version"] = TableValue.FromInt32(problem.Version),
        };
        RecordJson.Write(entity, problem);
        return entity;
    }
}
