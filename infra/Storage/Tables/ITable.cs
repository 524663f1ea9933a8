namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// One table of entities. Every method validates its input before any request and returns a typed outcome;
/// exceptions are only for the unexpected (and cancellation).
/// </summary>
public interface ITable
{
    /// <summary>The physical table name (with the configured prefix).</summary>
    string Name { get; }

    Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>The entity with its ETag and Timestamp, or NotFound.</summary>
    Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>Inserts; Conflict if the entity exists. The value is the new ETag.</summary>
    Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces all properties if the stored ETag equals <paramref name="ifMatch"/> (or <see cref="TableEntity.AnyETag"/>):
    /// PreconditionFailed on a stale ETag, NotFound if the entity does not exist. The value is the new ETag.
    /// </summary>
    Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces, whatever the stored version. The value is the new ETag.</summary>
    Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Deletes if the ETag matches (or is <see cref="TableEntity.AnyETag"/>); NotFound if it does not exist.</summary>
    Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default);

    Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs up to 100 operations on one partition atomically: all are applied or none. On failure
    /// <see cref="TableResult{T}.FailedIndex"/> names the failing operation. The value holds each operation's new ETag
    /// (null for deletes).
    /// </summary>
    Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default);
}
