namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>Checks of whole operations (batches, queries, table names) shared by both backends.</summary>
internal static class OperationValidation
{
    /// <summary>Null when the batch can be sent, else a failed result naming the operation at fault.</summary>
    public static TableResult<IReadOnlyList<string?>>? CheckBatch(IReadOnlyList<TableBatchOperation> operations)
    {
        if (operations.Count is 0 or > TableValidation.MaxBatchOperations)
        {
            return TableResult<IReadOnlyList<string?>>.Fail(
                TableStatus.Invalid, $"A batch holds 1 to {TableValidation.MaxBatchOperations} operations, not {operations.Count}.");
        }

        var partition = operations[0].Entity.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            (TableStatus Status, string Reason)? problem =
                operation.Entity.PartitionKey != partition ? (TableStatus.Invalid, "All operations of a batch must share one partition key.")
                : !rowKeys.Add(operation.Entity.RowKey) ? (TableStatus.Invalid, "A batch may touch each entity only once.")
                : string.IsNullOrEmpty(operation.IfMatch) ? (TableStatus.Invalid, "IfMatch is required ('*' for any version).")
                : operation.Action == TableBatchAction.Delete ? KeysOnly(operation.Entity)
                : TableValidation.CheckEntity(operation.Entity);
            if (problem is { } p)
            {
                return TableResult<IReadOnlyList<string?>>.Fail(p.Status, $"Operation {i}: {p.Reason}", i);
            }
        }

        return null;
    }

    public static string? CheckQuery(TableQuery query)
    {
        if (TableValidation.CheckKey(query.PartitionKey, "PartitionKey") is { } reason)
        {
            return reason;
        }

        if (query.Take is < 1 or > TableQuery.MaxTake)
        {
            return $"Take must be 1 to {TableQuery.MaxTake}.";
        }

        foreach (var filter in query.Filters)
        {
            if ((TableValidation.CheckPropertyName(filter.Name) ?? TableValidation.CheckValue(filter.Name, filter.Value)?.Reason) is { } filterReason)
            {
                return filterReason;
            }
        }

        return null;
    }

    /// <summary>Table Storage's rule: 3 to 63 letters and digits, starting with a letter.</summary>
    public static void EnsureTableName(string name)
    {
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"Table name '{name}' must be 3 to 63 ASCII letters and digits, starting with a letter.", nameof(name));
        }
    }

    private static (TableStatus, string)? KeysOnly(TableEntity entity) =>
        (TableValidation.CheckKey(entity.PartitionKey, "PartitionKey") ?? TableValidation.CheckKey(entity.RowKey, "RowKey")) is { } reason
            ? (TableStatus.Invalid, reason)
            : null;
}
