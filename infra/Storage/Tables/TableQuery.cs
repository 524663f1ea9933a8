namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// A query within one partition: an optional row key range or prefix and property filters, all combined with "and".
/// Results come in row key order, at most <see cref="Take"/> per page; a page may hold fewer entities and still
/// carry a continuation token, so read until <see cref="TablePage.ContinuationToken"/> is null.
/// </summary>
public sealed record TableQuery(string PartitionKey)
{
    public const int MaxTake = 1000;

    /// <summary>Inclusive lower bound of the row key.</summary>
    public string? RowKeyFrom { get; init; }

    /// <summary>Exclusive upper bound of the row key.</summary>
    public string? RowKeyTo { get; init; }

    /// <summary>Only row keys starting with this text (ordinal).</summary>
    public string? RowKeyPrefix { get; init; }

    public IReadOnlyList<PropertyFilter> Filters { get; init; } = [];

    /// <summary>Page size, 1 to <see cref="MaxTake"/>.</summary>
    public int Take { get; init; } = MaxTake;

    /// <summary>The opaque token from the previous page, or null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}

/// <summary>Compares a property with a value of the same type; entities without the property never match.</summary>
public sealed record PropertyFilter(string Name, FilterOperator Operator, TableValue Value);

public enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

/// <summary>One page of query results.</summary>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, string? ContinuationToken);
