using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

/// <summary>
/// One logical table as one SQL table <c>(pk, rk, etag, ts, props)</c> keyed by (pk, rk), so point reads and
/// partition queries walk the primary key index. Properties are stored as the same OData JSON Azure receives.
/// </summary>
internal sealed partial class SqliteTable(SqliteDatabase database, string name) : ITable
{
    private readonly SqliteStatements sql = new(name);

    public string Name => name;

    public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        Guard(() => database.WriteAsync(session =>
        {
            session.Command(sql.Create).ExecuteNonQuery();
            return TableResult<bool>.Ok(true);
        }, cancellationToken));

    public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        if ((TableValidation.CheckKey(partitionKey, "PartitionKey") ?? TableValidation.CheckKey(rowKey, "RowKey")) is { } reason)
        {
            return Task.FromResult(TableResult<TableEntity>.Fail(TableStatus.Invalid, reason));
        }

        return GuardRead(() => database.Read(session =>
        {
            var command = session.Command(sql.Get);
            SqliteSession.Set(command, "@pk", partitionKey);
            SqliteSession.Set(command, "@rk", rowKey);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? TableResult<TableEntity>.Ok(ReadEntity(partitionKey, reader))
                : TableResult<TableEntity>.Fail(TableStatus.NotFound, "The entity does not exist.");
        }));
    }

    public Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteOneAsync(TableBatchOperation.Add(entity), cancellationToken);

    public Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default) =>
        WriteOneAsync(TableBatchOperation.Update(entity, ifMatch), cancellationToken);

    public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteOneAsync(TableBatchOperation.Upsert(entity), cancellationToken);

    public async Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default)
    {
        var result = await WriteOneAsync(TableBatchOperation.Delete(partitionKey, rowKey, ifMatch), cancellationToken).ConfigureAwait(false);
        return result.IsOk ? TableResult<bool>.Ok(true) : result.As<bool>();
    }

    public Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckBatch(operations) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        var properties = operations.Select(StoredProperties).ToArray();
        return Guard(() => database.WriteAsync(session =>
        {
            // Inside the group's transaction, in this write's own savepoint: a failed operation undoes the whole batch.
            var etags = new string?[operations.Count];
            for (var i = 0; i < operations.Count; i++)
            {
                var (status, etag, reason) = Apply(session, operations[i], properties[i]);
                if (status != TableStatus.Ok)
                {
                    return TableResult<IReadOnlyList<string?>>.Fail(status, $"Operation {i}: {reason}", i);
                }

                etags[i] = etag;
            }

            return TableResult<IReadOnlyList<string?>>.Ok(etags);
        }, cancellationToken, keep: result => result.Status == TableStatus.Ok));
    }

    private Task<TableResult<string>> WriteOneAsync(TableBatchOperation operation, CancellationToken cancellationToken)
    {
        var problem = operation.Action == TableBatchAction.Delete
            ? (TableValidation.CheckKey(operation.Entity.PartitionKey, "PartitionKey") ?? TableValidation.CheckKey(operation.Entity.RowKey, "RowKey")) is { } r
                ? (TableStatus.Invalid, r) : ((TableStatus, string)?)null
            : TableValidation.CheckEntity(operation.Entity);
        if (problem is { } p)
        {
            return Task.FromResult(TableResult<string>.Fail(p.Item1, p.Item2));
        }

        if (string.IsNullOrEmpty(operation.IfMatch))
        {
            return Task.FromResult(TableResult<string>.Fail(TableStatus.Invalid, "IfMatch is required ('*' for any version)."));
        }

        var properties = StoredProperties(operation);
        return Guard(() => database.WriteAsync(session =>
        {
            var (status, etag, reason) = Apply(session, operation, properties);
            return status == TableStatus.Ok ? TableResult<string>.Ok(etag ?? "") : TableResult<string>.Fail(status, reason!);
        }, cancellationToken));
    }

    private static TableEntity ReadEntity(string partitionKey, SqliteDataReader reader)
    {
        var entity = new TableEntity(partitionKey, reader.GetString(0))
        {
            ETag = reader.GetString(1),
            Timestamp = new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
        };
        using var json = JsonDocument.Parse(reader.GetFieldValue<byte[]>(3));
        ODataJson.ReadProperties(json.RootElement, entity);
        return entity;
    }
}
