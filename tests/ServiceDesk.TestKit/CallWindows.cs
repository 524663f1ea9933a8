namespace ServiceDesk.TestKit;

/// <summary>Counting calls as Teams' limits do: the most within any sliding window.</summary>
public static class CallWindows
{
    /// <summary>The most of <paramref name="times"/> within any span shorter than <paramref name="window"/>.</summary>
    public static int MostInAnyWindow(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var ordered = times.Order().ToList();
        var (most, start) = (0, 0);
        for (var end = 0; end < ordered.Count; end++)
        {
            while (ordered[end] - ordered[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}
