namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>
/// Evaluates property filters in memory the way Table Storage does: a property of another type, or missing,
/// never matches; strings compare ordinally.
/// </summary>
internal static class FilterMatcher
{
    public static bool Matches(TableEntity entity, IReadOnlyList<PropertyFilter> filters)
    {
        foreach (var filter in filters)
        {
            if (!entity.Properties.TryGetValue(filter.Name, out var value) || value.Type != filter.Value.Type ||
                !Holds(filter.Operator, Compare(value.Value, filter.Value.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b),
        (IComparable a, _) => a.CompareTo(right),
        _ => throw new InvalidOperationException("Unknown property type."),
    };

    private static bool Holds(FilterOperator op, int comparison) => op switch
    {
        FilterOperator.Equal => comparison == 0,
        FilterOperator.NotEqual => comparison != 0,
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessThanOrEqual => comparison <= 0,
        _ => false,
    };
}
