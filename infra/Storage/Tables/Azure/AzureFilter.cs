using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using global::Azure.Data.Tables;

namespace ServiceDesk.Infra.Storage.Tables.Azure;

/// <summary>
/// A query's <c>$filter</c>. Every value becomes a literal through the client's own quoting and escaping
/// (<see cref="TableClient.CreateQueryFilter(FormattableString)"/>), and property names are validated identifiers, so
/// user text can never change the expression.
/// </summary>
internal static class AzureFilter
{
    public static string Build(TableQuery query)
    {
        var filter = new StringBuilder("PartitionKey eq ").Append(Literal(query.PartitionKey));
        var (from, to) = RowKeyRange.Of(query);
        if (from is not null)
        {
            filter.Append(" and RowKey ge ").Append(Literal(from));
        }

        if (to is not null)
        {
            filter.Append(" and RowKey lt ").Append(Literal(to));
        }

        foreach (var condition in query.Filters)
        {
            filter.Append(" and ").Append(condition.Name).Append(' ').Append(Operator(condition.Operator))
                .Append(' ').Append(Literal(condition.Value.Value));
        }

        return filter.ToString();
    }

    /// <summary>
    /// A double always carries a decimal point or an exponent: the client writes 2.0 as "2", an Int32 literal, and a
    /// Double property never equals an Int32 literal.
    /// </summary>
    private static string Literal(object value) => value is double d
        ? d.ToString("R", CultureInfo.InvariantCulture) is var text && text.AsSpan().ContainsAny(".E") ? text : text + ".0"
        : TableClient.CreateQueryFilter(FormattableStringFactory.Create("{0}", value));

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
