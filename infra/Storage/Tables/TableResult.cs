namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// A typed outcome: expected failures (not found, conflict, stale ETag, bad input, unavailable) are values, not exceptions.
/// </summary>
/// <param name="FailedIndex">For a batch, the index of the operation that failed, when the store says which.</param>
public sealed record TableResult<T>(TableStatus Status, T? Value, string? Reason, int? FailedIndex = null)
{
    public bool IsOk => Status == TableStatus.Ok;

    public static TableResult<T> Ok(T value) => new(TableStatus.Ok, value, null);

    public static TableResult<T> Fail(TableStatus status, string reason, int? failedIndex = null) =>
        new(status, default, reason, failedIndex);

    /// <summary>The same failure carrying another value type.</summary>
    public TableResult<TOther> As<TOther>() => new(Status, default, Reason, FailedIndex);

    public override string ToString() => IsOk ? $"Ok({Value})" : $"{Status}: {Reason}";
}
