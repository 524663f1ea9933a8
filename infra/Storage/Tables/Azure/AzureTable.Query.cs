using System.Text;
using System.Text.Json;
using global::Azure;
using global::Azure.Core;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

internal sealed partial class AzureTable
{
    public Task<TableResult<TablePage>> QueryAsync(TableQuery query, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckQuery(query) is { } reason)
        {
            return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, reason));
        }

        var uri = new StringBuilder($"{endpoint}/{name}()?$filter=")
            .Append(Uri.EscapeDataString(ODataFilter.Build(query)))
            .Append("&$top=").Append(query.Take);
        if (query.ContinuationToken is { } token)
        {
            if (DecodeToken(token) is not var (nextPartition, nextRow))
            {
                return Task.FromResult(TableResult<TablePage>.Fail(TableStatus.Invalid, "The continuation token is not one this table issued."));
            }

            uri.Append("&NextPartitionKey=").Append(Uri.EscapeDataString(nextPartition));
            if (nextRow.Length > 0)
            {
                uri.Append("&NextRowKey=").Append(Uri.EscapeDataString(nextRow));
            }
        }

        return SendAsync(RequestMethod.Get, uri.ToString(), null, null, ReadPage, cancellationToken);
    }

    private static TableResult<TablePage> ReadPage(Response response)
    {
        if (response.Status != 200)
        {
            return TableResponses.Failure<TablePage>(response);
        }

        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(e => EntityReader.Read(e)).ToList();
        string? next = null;
        if (response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition))
        {
            response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow);
            next = EncodeToken(nextPartition, nextRow ?? "");
        }

        return TableResult<TablePage>.Ok(new TablePage(entities, next));
    }

    /// <summary>The service's two continuation values in one opaque string.</summary>
    private static string EncodeToken(string nextPartition, string nextRow) =>
        "a1." + Convert.ToBase64String(Encoding.UTF8.GetBytes(nextPartition + "\n" + nextRow));

    private static (string, string)? DecodeToken(string token)
    {
        var bytes = new byte[token.Length];
        if (!token.StartsWith("a1.", StringComparison.Ordinal) || !Convert.TryFromBase64String(token[3..], bytes, out var length))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes, 0, length).Split('\n');
        return parts.Length == 2 ? (parts[0], parts[1]) : null;
    }
}
