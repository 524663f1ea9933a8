using System.Text.Json;
using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// One table over the Table service REST API (version 2019-02-02, OData JSON with minimal metadata so property
/// types come back annotated). Cosmos DB for Table serves the same API; differences we know of: it ignores
/// <c>Prefer</c>, its Timestamp has one-second precision and its continuation tokens are longer (both opaque to us).
/// </summary>
internal sealed partial class AzureTable(HttpPipeline pipeline, Uri endpoint, string name) : ITable
{
    private const string ServiceVersion = "2019-02-02";
    private const string JsonAccept = "application/json;odata=minimalmetadata";

    public string Name => name;

    public Task<TableResult<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(RequestMethod.Post, $"{endpoint}/Tables", writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("TableName", name);
                writer.WriteEndObject();
            },
            null,
            response => response.Status is 201 or 204 or 409 ? TableResult<bool>.Ok(true) : TableResponses.Failure<bool>(response),
            cancellationToken);

    public Task<TableResult<TableEntity>> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        if ((TableValidation.CheckKey(partitionKey, "PartitionKey") ?? TableValidation.CheckKey(rowKey, "RowKey")) is { } reason)
        {
            return Task.FromResult(TableResult<TableEntity>.Fail(TableStatus.Invalid, reason));
        }

        return SendAsync(RequestMethod.Get, EntityUri(partitionKey, rowKey), null, null,
            response =>
            {
                if (response.Status != 200)
                {
                    return TableResponses.Failure<TableEntity>(response);
                }

                using var json = JsonDocument.Parse(response.Content.ToMemory());
                return TableResult<TableEntity>.Ok(EntityReader.Read(json.RootElement, partitionKey, rowKey, ETagOf(response)));
            },
            cancellationToken);
    }

    public Task<TableResult<string>> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, RequestMethod.Post, $"{endpoint}/{name}", null, cancellationToken);

    public Task<TableResult<string>> UpdateAsync(TableEntity entity, string ifMatch, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(ifMatch)
            ? Task.FromResult(TableResult<string>.Fail(TableStatus.Invalid, "IfMatch is required ('*' for any version)."))
            : WriteAsync(entity, RequestMethod.Put, EntityUri(entity.PartitionKey, entity.RowKey), ifMatch, cancellationToken);

    /// <summary>Insert Or Replace: a PUT without If-Match.</summary>
    public Task<TableResult<string>> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, RequestMethod.Put, EntityUri(entity.PartitionKey, entity.RowKey), null, cancellationToken);

    public Task<TableResult<bool>> DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken = default)
    {
        if ((TableValidation.CheckKey(partitionKey, "PartitionKey") ?? TableValidation.CheckKey(rowKey, "RowKey")) is { } reason)
        {
            return Task.FromResult(TableResult<bool>.Fail(TableStatus.Invalid, reason));
        }

        if (string.IsNullOrEmpty(ifMatch))
        {
            return Task.FromResult(TableResult<bool>.Fail(TableStatus.Invalid, "IfMatch is required ('*' for any version)."));
        }

        return SendAsync(RequestMethod.Delete, EntityUri(partitionKey, rowKey), null, ifMatch,
            response => response.Status == 204 ? TableResult<bool>.Ok(true) : TableResponses.Failure<bool>(response),
            cancellationToken);
    }

    private Task<TableResult<string>> WriteAsync(TableEntity entity, RequestMethod method, string uri, string? ifMatch, CancellationToken cancellationToken)
    {
        if (TableValidation.CheckEntity(entity) is { } problem)
        {
            return Task.FromResult(TableResult<string>.Fail(problem.Status, problem.Reason));
        }

        return SendAsync(method, uri, writer => ODataJson.Write(writer, entity, includeKeys: true), ifMatch,
            response => response.Status is 201 or 204 ? TableResult<string>.Ok(ETagOf(response) ?? "") : TableResponses.Failure<string>(response),
            cancellationToken);
    }

    /// <summary>The entity's address; quotes are doubled inside the OData key literal, then the whole is URL-escaped.</summary>
    private string EntityUri(string partitionKey, string rowKey) =>
        $"{endpoint}/{name}(PartitionKey='{Uri.EscapeDataString(partitionKey.Replace("'", "''", StringComparison.Ordinal))}'," +
        $"RowKey='{Uri.EscapeDataString(rowKey.Replace("'", "''", StringComparison.Ordinal))}')";

    private static string? ETagOf(Response response) => response.Headers.TryGetValue("ETag", out var etag) ? etag : null;
}
