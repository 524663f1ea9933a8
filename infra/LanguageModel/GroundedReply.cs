using System.ComponentModel;
using System.Text.Json.Serialization;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>The structured output the model is asked for (its JSON schema is sent with the request).</summary>
internal sealed record GroundedReply(
    [property: JsonPropertyName("answer"), Description("The answer, in the requested language, written only from the passages.")] string? Answer,
    [property: JsonPropertyName("citedArticleIds"), Description("The articleId of every passage the answer uses.")] IReadOnlyList<string>? CitedArticleIds,
    [property: JsonPropertyName("answered"), Description("True only when the passages answer the question.")] bool Answered);
