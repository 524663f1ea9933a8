namespace ServiceDesk.Infra.Storage.Tables;

/// <summary>A query's row key bounds as one range: inclusive lower, exclusive upper (a prefix becomes a range).</summary>
internal static class RowKeyRange
{
    public static (string? From, string? To) Of(TableQuery query)
    {
        var from = query.RowKeyFrom;
        var to = query.RowKeyTo;
        if (query.RowKeyPrefix is { Length: > 0 } prefix)
        {
            from = Max(from, prefix);
            to = Min(to, Successor(prefix));
        }

        return (from, to);
    }

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/>, or null if none.</summary>
    internal static string? Successor(string prefix)
    {
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != char.MaxValue)
            {
                chars[i]++;
                return new string(chars, 0, i + 1);
            }
        }

        return null;
    }

    private static string? Max(string? a, string b) => a is null || string.CompareOrdinal(a, b) < 0 ? b : a;

    private static string? Min(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(a, b) < 0 ? a : b;
}
