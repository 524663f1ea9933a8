using global::Azure.Data.Tables;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

internal sealed partial class AzureTable
{
    /// <summary>An entity group transaction: one changeset, applied by the service all or nothing.</summary>
    public Task<TableResult<IReadOnlyList<string?>>> SubmitBatchAsync(IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
    {
        if (OperationValidation.CheckBatch(operations) is { } invalid)
        {
            return Task.FromResult(invalid);
        }

        var actions = operations.Select(Action).ToList();
        return AzureFailures.RunAsync(async () =>
        {
            var responses = (await client.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false)).Value;
            if (responses.Count != operations.Count)
            {
                return TableResult<IReadOnlyList<string?>>.Fail(
                    TableStatus.Unavailable, $"The batch response held {responses.Count} parts for {operations.Count} operations.");
            }

            IReadOnlyList<string?> etags = [.. operations.Select((operation, i) =>
                operation.Action == TableBatchAction.Delete ? null : responses[i].Headers.ETag?.ToString())];
            return TableResult<IReadOnlyList<string?>>.Ok(etags);
        }, cancellationToken);
    }

    private static TableTransactionAction Action(TableBatchOperation operation) => operation.Action switch
    {
        TableBatchAction.Add => new(TableTransactionActionType.Add, AzureEntities.ToSdk(operation.Entity)),
        TableBatchAction.Update => new(TableTransactionActionType.UpdateReplace, AzureEntities.ToSdk(operation.Entity), AzureEntities.ETagOf(operation.IfMatch)),
        TableBatchAction.Upsert => new(TableTransactionActionType.UpsertReplace, AzureEntities.ToSdk(operation.Entity)),
        TableBatchAction.Delete => new(TableTransactionActionType.Delete, AzureEntities.ToSdk(operation.Entity), AzureEntities.ETagOf(operation.IfMatch)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Action, "Unknown batch action."),
    };
}
