using System.ClientModel.Primitives;
using System.Globalization;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>The wait a throttled answer asks for: <c>Retry-After</c> in seconds or as an HTTP date; null when absent.</summary>
internal static class RetryAfter
{
    /// <summary>Longer asks are capped: the breaker tries again after this at most.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    public static TimeSpan? Read(PipelineResponse? response, DateTimeOffset now)
    {
        if (response is null || response.Status != 429 || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Cap(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Cap(at - now)
            : null;
    }

    private static TimeSpan? Cap(TimeSpan wait) => wait <= TimeSpan.Zero ? null : wait > Max ? Max : wait;
}
