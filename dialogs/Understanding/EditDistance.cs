namespace ServiceDesk.Dialogs.Understanding;

/// <summary>Optimal string alignment distance (a swap of two neighbours counts as one typo), cut off early.</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <c>max + 1</c> as soon as it is known to exceed <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (b.Length > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(b), "Cue words are short.");
        }

        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows are enough for the swap rule; callers only pass words, so the stack is fine.
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
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
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
