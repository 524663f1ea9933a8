namespace ServiceDesk.EndToEnd.Tests.Support;

/// <summary>Waits on a condition with a deadline, probing it again and again; never a blind sleep.</summary>
internal static class Wait
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    public static async Task UntilAsync(
        Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, string what, Func<string> diagnostics)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            try
            {
                if (await condition(deadline.Token))
                {
                    return;
                }

                await Task.Delay(ProbeInterval, deadline.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.{Environment.NewLine}{diagnostics()}");
            }
        }
    }

    /// <summary>True when GET <paramref name="url"/> answers with a success status.</summary>
    public static async Task<bool> AnswersAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
