using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// <see cref="IIntentReader"/> over the configured model: the unsure message and the closed lists in, the model's
/// choices out (the dialogs check them against the lists); null when no model is configured or the call gave nothing usable.
/// </summary>
internal sealed class IntentReaderService(ModelGateway gateway, IOptions<LanguageModelOptions> options) : IIntentReader
{
    public const string Purpose = "intent";

    public async Task<IntentReading?> ReadAsync(IntentQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!gateway.Enabled || string.IsNullOrWhiteSpace(question.Text))
        {
            return null;
        }

        var messages = IntentPrompt.Build(question, options.Value.RedactContactDetails);
        var reply = await gateway.AskAsync<IntentReply>(Purpose, messages, IntentPrompt.Schema(question.Choices), IntentPrompt.SchemaName, cancellationToken)
            .ConfigureAwait(false);
        return reply is null ? null : new IntentReading(reply.Intent, reply.Category, reply.Service, reply.Impact, reply.Urgency) { Resource = reply.Resource, EndDate = reply.EndDate };
    }
}

/// <summary>The structured output the model is asked for.</summary>
internal sealed record IntentReply(
    [property: JsonPropertyName("intent")] string? Intent,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("service")] string? Service,
    [property: JsonPropertyName("impact")] string? Impact,
    [property: JsonPropertyName("urgency")] string? Urgency,
    [property: JsonPropertyName("resource")] string? Resource = null,
    [property: JsonPropertyName("endDate")] string? EndDate = null);
