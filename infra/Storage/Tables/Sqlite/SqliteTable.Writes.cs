using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ServiceDesk.Infra.Storage.Tables.Sqlite;

internal sealed partial class SqliteTable
{
    /// <summary>
    /// The properties as stored, serialized by the caller BEFORE it queues for the single writer: the writer only
    /// runs SQL, so concurrent writers' CPU work happens in parallel.
    /// </summary>
    private static byte[]? StoredProperties(TableBatchOperation operation) =>
        operation.Action == TableBatchAction.Delete ? null : ODataJson.Serialize(operation.Entity, includeKeys: false);

    /// <summary>Applies one validated operation on the writer session, inside the group's transaction.</summary>
    private (TableStatus Status, string? ETag, string? Reason) Apply(SqliteSession session, TableBatchOperation operation, byte[]? properties)
    {
        var entity = operation.Entity;
        var etag = NewETag();
        SqliteCommand command;
        switch (operation.Action)
        {
            case TableBatchAction.Add:
                command = Bind(session.Command(sql.Insert), entity, etag, properties!);
                return command.ExecuteNonQuery() == 1 ? (TableStatus.Ok, etag, null) : (TableStatus.Conflict, null, "The entity already exists.");
            case TableBatchAction.Upsert:
                Bind(session.Command(sql.Upsert), entity, etag, properties!).ExecuteNonQuery();
                return (TableStatus.Ok, etag, null);
            case TableBatchAction.Update:
                command = Bind(session.Command(sql.Update), entity, etag, properties!);
                SqliteSession.Set(command, "@if", operation.IfMatch);
                return command.ExecuteNonQuery() == 1 ? (TableStatus.Ok, etag, null) : Missed(session, entity);
            default:
                command = session.Command(sql.Delete);
                SqliteSession.Set(command, "@pk", entity.PartitionKey);
                SqliteSession.Set(command, "@rk", entity.RowKey);
                SqliteSession.Set(command, "@if", operation.IfMatch);
                return command.ExecuteNonQuery() == 1 ? (TableStatus.Ok, null, null) : Missed(session, entity);
        }
    }

    /// <summary>Why a conditional write touched no row: the entity is gone, or its ETag moved on.</summary>
    private (TableStatus, string?, string?) Missed(SqliteSession session, TableEntity entity)
    {
        var command = session.Command(sql.GetETag);
        SqliteSession.Set(command, "@pk", entity.PartitionKey);
        SqliteSession.Set(command, "@rk", entity.RowKey);
        return command.ExecuteScalar() is null
            ? (TableStatus.NotFound, null, "The entity does not exist.")
            : (TableStatus.PreconditionFailed, null, "The entity was changed since it was read (ETag mismatch).");
    }

    private static SqliteCommand Bind(SqliteCommand command, TableEntity entity, string etag, byte[] properties)
    {
        SqliteSession.Set(command, "@pk", entity.PartitionKey);
        SqliteSession.Set(command, "@rk", entity.RowKey);
        SqliteSession.Set(command, "@etag", etag);
        SqliteSession.Set(command, "@ts", DateTimeOffset.UtcNow.UtcTicks);
        SqliteSession.Set(command, "@props", properties);
        return command;
    }

    /// <summary>Random, so a deleted and re-added entity never gets back an ETag someone still holds.</summary>
    private static string NewETag() => string.Create(28, 0, static (etag, _) =>
    {
        // W/"<24 hex digits>" written in place: one string per write, not three.
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        "W/\"".CopyTo(etag);
        Convert.TryToHexStringLower(bytes, etag[3..27], out _);
        etag[27] = '"';
    });

    /// <summary>Maps the failures SQLite reports as exceptions to typed outcomes.</summary>
    private static async Task<TableResult<T>> Guard<T>(Func<Task<TableResult<T>>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (SqliteException e) when (Failure<T>(e) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>
    /// <see cref="Guard"/> for a read, which runs synchronously on a reader: the same outcomes, without an async state
    /// machine and a second delegate per read. Any other exception faults the task, as it did from the async form.
    /// </summary>
    private static Task<TableResult<T>> GuardRead<T>(Func<TableResult<T>> read)
    {
        try
        {
            return Task.FromResult(read());
        }
        catch (SqliteException e) when (Failure<T>(e) is { } failure)
        {
            return Task.FromResult(failure);
        }
        catch (Exception e)
        {
            return Task.FromException<TableResult<T>>(e);
        }
    }

    private static TableResult<T>? Failure<T>(SqliteException e)
    {
        if (e.SqliteErrorCode == 1 && e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return TableResult<T>.Fail(TableStatus.NotFound, "The table does not exist; call CreateIfNotExistsAsync first.");
        }

        // BUSY, LOCKED, IOERR, FULL, CANTOPEN: the file is held by another process or the disk failed.
        return e.SqliteErrorCode is 5 or 6 or 10 or 13 or 14
            ? TableResult<T>.Fail(TableStatus.Unavailable, $"SQLite error {e.SqliteErrorCode}: the database file is not available.")
            : null;
    }
}
