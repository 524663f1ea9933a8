using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>Which kind of endpoint answers; <see cref="None"/> (the default) keeps the service desk without a model.</summary>
public enum LanguageModelProvider
{
    None,

    /// <summary>An Azure OpenAI resource's OpenAI-compatible (v1) endpoint, with a key or the app's managed identity.</summary>
    AzureOpenAI,

    /// <summary>OpenAI itself, or a local server speaking its protocol (Ollama, vLLM, LM Studio).</summary>
    OpenAICompatible,
}

/// <summary>The optional language model (section <c>LanguageModel</c>): off unless a provider is named.</summary>
public sealed class LanguageModelOptions : IValidatableObject
{
    public const string SectionName = "LanguageModel";

    public LanguageModelProvider Provider { get; set; } = LanguageModelProvider.None;

    /// <summary>
    /// The base address: <c>https://{resource}.openai.azure.com/openai/v1/</c>, <c>https://api.openai.com/v1/</c>,
    /// <c>http://localhost:11434/v1/</c> (Ollama).
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The key. Empty with Azure OpenAI: the app's managed identity; empty otherwise: none sent (a local server).</summary>
    public string? ApiKey { get; set; }

    /// <summary>With Azure OpenAI and no key: the client id of a user-assigned managed identity (empty: the system-assigned one).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The chat model (Azure OpenAI: the deployment's name).</summary>
    public string? ChatModel { get; set; }

    /// <summary>
    /// An embedding model (Azure OpenAI: its deployment's name), served by the same endpoint. Optional: with one, the
    /// knowledge search ranks by keywords and meaning together, and similar tickets are found by meaning too.
    /// </summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Time the question's embedding has to come back before the search ranks by keywords alone.</summary>
    [Range(100, 5_000, ErrorMessage = "LanguageModel:EmbeddingTimeoutMs must be between 100 and 5000.")]
    public int EmbeddingTimeoutMs { get; set; } = 1_000;

    /// <summary>
    /// Cosine similarity from which an article or a ticket counts as close in meaning (0 at this value, 1 at identical
    /// meaning). Depends on the embedding model: measure it on your own questions.
    /// </summary>
    [Range(0.0, 0.99, ErrorMessage = "LanguageModel:EmbeddingMinSimilarity must be between 0 and 0.99.")]
    public double EmbeddingMinSimilarity { get; set; } = 0.5;

    /// <summary>Time the model has to answer, well inside the turn's budget; slower is the answer without a model.</summary>
    [Range(200, 10_000, ErrorMessage = "LanguageModel:TimeoutMs must be between 200 and 10000.")]
    public int TimeoutMs { get; set; } = 6_000;

    [Range(16, 4_000, ErrorMessage = "LanguageModel:MaxTokensPerAnswer must be between 16 and 4000.")]
    public int MaxTokensPerAnswer { get; set; } = 500;

    /// <summary>Tokens (prompt and answer) this instance may spend per UTC day; then no model until the next day.</summary>
    [Range(1_000, 1_000_000_000, ErrorMessage = "LanguageModel:MaxTokensPerDay must be between 1000 and 1000000000.")]
    public long MaxTokensPerDay { get; set; } = 500_000;

    /// <summary>E-mail addresses and phone numbers are replaced before anything is sent.</summary>
    public bool RedactContactDetails { get; set; } = true;

    /// <summary>Failed calls in a row after which the endpoint is left alone for <see cref="BreakSeconds"/>.</summary>
    [Range(1, 100, ErrorMessage = "LanguageModel:BreakAfterFailures must be between 1 and 100.")]
    public int BreakAfterFailures { get; set; } = 3;

    [Range(1, 3_600, ErrorMessage = "LanguageModel:BreakSeconds must be between 1 and 3600.")]
    public int BreakSeconds { get; set; } = 60;

    public bool Enabled => Provider != LanguageModelProvider.None;

    public bool EmbeddingsEnabled => Enabled && !string.IsNullOrWhiteSpace(EmbeddingModel);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("LanguageModel:Endpoint must be an absolute http(s) address when a provider is set.", [nameof(Endpoint)]);
        }
        else if (Provider == LanguageModelProvider.AzureOpenAI && endpoint.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("LanguageModel:Endpoint must use https with Azure OpenAI.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(ChatModel))
        {
            yield return new ValidationResult("LanguageModel:ChatModel is required when a provider is set.", [nameof(ChatModel)]);
        }
    }
}
