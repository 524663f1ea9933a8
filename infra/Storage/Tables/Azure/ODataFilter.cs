using System.Text;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// Builds a query's <c>$filter</c>. Every value goes through <see cref="ODataJson.FilterLiteral"/> (string quotes
/// doubled) and property names are validated identifiers, so user text can never change the expression.
/// </summary>
internal static class ODataFilter
{
    public static string Build(TableQuery query)
    {
        var filter = new StringBuilder("PartitionKey eq ").Append(ODataJson.FilterLiteral(query.PartitionKey));
        var (from, to) = RowKeyRange.Of(query);
        if (from is not null)
        {
            filter.Append(" and RowKey ge ").Append(ODataJson.FilterLiteral(from));
        }

        if (to is not null)
        {
            filter.Append(" and RowKey lt ").Append(ODataJson.FilterLiteral(to));
        }

        foreach (var condition in query.Filters)
        {
            filter.Append(" and ").Append(condition.Name).Append(' ').Append(Operator(condition.Operator))
                .Append(' ').Append(ODataJson.FilterLiteral(condition.Value));
        }

        return filter.ToString();
    }

    private static string Operator(FilterOperator op) => op switch
    {
        FilterOperator.Equal => "eq",
        FilterOperator.NotEqual => "ne",
        FilterOperator.GreaterThan => "gt",
        FilterOperator.GreaterThanOrEqual => "ge",
        FilterOperator.LessThan => "lt",
        FilterOperator.LessThanOrEqual => "le",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
