namespace ServiceDesk.Dialogs.Text;

/// <summary>
/// Optimal string alignment distance (insert, delete, substitute, swap two neighbours: one typo each), bounded
/// for speed. Shared by the intent recogniser and the knowledge search's typo tolerance.
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 128;

    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows are enough for the swap rule; words fit on the stack, anything longer goes to the heap.
        var width = b.Length + 1;
        Span<int> beforePrevious = width <= StackLimit ? stackalloc int[width] : new int[width];
        Span<int> previous = width <= StackLimit ? stackalloc int[width] : new int[width];
        Span<int> current = width <= StackLimit ? stackalloc int[width] : new int[width];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
