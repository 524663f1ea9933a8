using global::Azure;
using global::Azure.Data.Tables;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// One table through <see cref="TableClient"/>. Our checks run before any request (the service's own limits, with
/// clear reasons, the same on SQLite); the service's refusals come back as typed outcomes (<see cref="AzureFailures"/>).
/// Cosmos DB for Table serves the same API; differences we know of: its Timestamp has one-second precision and its
/// continuation tokens are longer (both opaque to us).
/// </summary>
internal sealed partial class AzureTable(TableClient client) : ITable
{
    public string Name => client.Name;

    public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        AzureFailures.RunAsync(async () =>
        {
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return TableResult<bool>.Ok(true);
        }, cancellationToken);

    public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        if (CheckKeys(partitionKey, rowKey) is { } reason)
        {
            return Task.FromResult(TableResult<TableEntity>.Fail(TableStatus.Invalid, reason));
        }

        return AzureFailures.RunAsync(async () =>
        {
            var found = await client.GetEntityIfExistsAsync<global::Azure.Data.Tables.TableEntity>(
                partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            return found.HasValue
                ? TableResult<TableEntity>.Ok(AzureEntities.FromSdk(found.Value!))
                : TableResult<TableEntity>.Fail(TableStatus.NotFound, "The entity does not exist.");
        }, cancellationToken);
    }

    public Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, sdk => client.AddEntityAsync(sdk, cancellationToken), cancellationToken);

    public Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(ifMatch)
            ? Task.FromResult(TableResult<string>.Fail(TableStatus.Invalid, "IfMatch is required ('*' for any version)."))
            : WriteAsync(entity, sdk => client.UpdateEntityAsync(sdk, AzureEntities.ETagOf(ifMatch), TableUpdateMode.Replace, cancellationToken), cancellationToken);

    public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, sdk => client.UpsertEntityAsync(sdk, TableUpdateMode.Replace, cancellationToken), cancellationToken);

    public Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default)
    {
        if ((CheckKeys(partitionKey, rowKey) ?? (string.IsNullOrEmpty(ifMatch) ? "IfMatch is required ('*' for any version)." : null)) is { } reason)
        {
            return Task.FromResult(TableResult<bool>.Fail(TableStatus.Invalid, reason));
        }

        return AzureFailures.RunAsync(async () =>
        {
            // The client answers a missing entity with its 404 response instead of throwing.
            using var response = await client.DeleteEntityAsync(partitionKey, rowKey, AzureEntities.ETagOf(ifMatch), cancellationToken).ConfigureAwait(false);
            return response.Status == 404
                ? TableResult<bool>.Fail(TableStatus.NotFound, "The entity does not exist.")
                : TableResult<bool>.Ok(true);
        }, cancellationToken);
    }

    private static Task<TableResult<string>> WriteAsync(
        TableEntity entity, Func<global::Azure.Data.Tables.TableEntity, Task<Response>> write, CancellationToken cancellationToken)
    {
        if (TableValidation.CheckEntity(entity) is { } problem)
        {
            return Task.FromResult(TableResult<string>.Fail(problem.Status, problem.Reason));
        }

        return AzureFailures.RunAsync(async () =>
        {
            using var response = await write(AzureEntities.ToSdk(entity)).ConfigureAwait(false);
            return TableResult<string>.Ok(response.Headers.ETag?.ToString() ?? "");
        }, cancellationToken);
    }

    private static string? CheckKeys(string partitionKey, string rowKey) =>
        TableValidation.CheckKey(partitionKey, "PartitionKey") ?? TableValidation.CheckKey(rowKey, "RowKey");
}
