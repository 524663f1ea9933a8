using System.Net;

namespace ServiceDesk.Deploy.Tests.Support;

internal static class Http
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The status of GET <paramref name="url"/>, or null when nothing answers.</summary>
    public static async Task<HttpStatusCode?> StatusAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the client's own timeout: no answer yet
        }
    }

    /// <summary>Probes until GET <paramref name="url"/> answers <paramref name="expected"/>, failing with <paramref name="diagnostics"/> at the deadline.</summary>
    public static async Task WaitForStatusAsync(
        HttpClient http, string url, HttpStatusCode expected, TimeSpan timeout, Func<string> diagnostics, Func<bool>? gaveUp = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        HttpStatusCode? last = null;
        try
        {
            while (true)
            {
                if (gaveUp?.Invoke() == true)
                {
                    throw new Xunit.Sdk.XunitException($"Gave up waiting for {url} (last answer: {last?.ToString() ?? "none"}).{Environment.NewLine}{diagnostics()}");
                }

                last = await StatusAsync(http, url, deadline.Token);
                if (last == expected)
                {
                    return;
                }

                await Task.Delay(ProbeInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException(
                $"{url} did not answer {(int)expected} within {timeout.TotalSeconds:0} s (last answer: {last?.ToString() ?? "none"}).{Environment.NewLine}{diagnostics()}");
        }
    }
}
