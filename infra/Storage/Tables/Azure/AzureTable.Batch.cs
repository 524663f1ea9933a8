using System.Text;
using global::Azure.Core;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

internal sealed partial class AzureTable
{
    /// <summary>An entity group transaction: one changeset, applied by the service all or nothing.</summary>
    public async Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckBatch(operations) is { } invalid)
        {
            return invalid;
        }

        var (body, contentType) = BatchBody.Build($"{endpoint}/{name}", e => EntityUri(e.PartitionKey, e.RowKey), operations);
        using var request = NewRequest(RequestMethod.Post, $"{endpoint}/$batch");
        request.Headers.SetValue("Content-Type", contentType);
        request.Content = RequestContent.Create(body);
        return await SendAsync(request, response =>
        {
            if (response.Status != 202)
            {
                return TableResponses.Failure<IReadOnlyList<string?>>(response);
            }

            var parts = BatchBody.ParseResponses(Encoding.UTF8.GetString(response.Content.ToMemory().Span));
            var failed = parts.FindIndex(p => p.Status >= 300);
            if (failed < 0 && parts.Count == operations.Count)
            {
                return TableResult<IReadOnlyList<string?>>.Ok(parts.Select(p => p.ETag).ToList());
            }

            if (failed < 0)
            {
                return TableResult<IReadOnlyList<string?>>.Fail(TableStatus.Unavailable, $"The batch response held {parts.Count} parts for {operations.Count} operations.");
            }

            var (status, _, errorBody) = parts[failed];
            var (code, message) = TableResponses.ReadError(Encoding.UTF8.GetBytes(errorBody));
            // The service answers a failed changeset with the one failing response, its message prefixed with the index.
            var index = BatchBody.FailedIndex(message) ?? (parts.Count == operations.Count ? failed : null);
            var reason = TableResponses.Reason(status, code, message);
            return TableResult<IReadOnlyList<string?>>.Fail(
                TableResponses.StatusOf(status), index is { } i ? $"Operation {i}: {reason}" : reason, index);
        }, cancellationToken).ConfigureAwait(false);
    }
}
