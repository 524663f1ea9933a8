using System.Diagnostics.Metrics;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// The language model's metrics (meter <c>ServiceDesk.LanguageModel</c>): tokens spent by purpose and direction, and
/// calls by outcome (answered, not supported, skipped for the budget or the breaker, failed, timed out).
/// </summary>
internal sealed class LanguageModelMetrics
{
    public const string MeterName = "ServiceDesk.LanguageModel";

    public LanguageModelMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Tokens = meter.CreateCounter<long>("servicedesk.llm.tokens", "{token}", "Tokens sent to and received from the language model.");
        Calls = meter.CreateCounter<long>("servicedesk.llm.calls", "{call}", "Questions for the language model, by outcome.");
    }

    /// <summary>Tagged <c>purpose</c> and <c>direction</c> (input, output).</summary>
    public Counter<long> Tokens { get; }

    /// <summary>Tagged <c>purpose</c> and <c>outcome</c>.</summary>
    public Counter<long> Calls { get; }

    public void Call(string purpose, string outcome) =>
        Calls.Add(1, new KeyValuePair<string, object?>("purpose", purpose), new KeyValuePair<string, object?>("outcome", outcome));

    public void Spent(string purpose, long input, long output)
    {
        Tokens.Add(input, new KeyValuePair<string, object?>("purpose", purpose), new KeyValuePair<string, object?>("direction", "input"));
        Tokens.Add(output, new KeyValuePair<string, object?>("purpose", purpose), new KeyValuePair<string, object?>("direction", "output"));
    }
}
