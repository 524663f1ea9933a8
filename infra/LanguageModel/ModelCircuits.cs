using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// One breaker for the chat model and one for the embedding model: they are different deployments (often different
/// servers), so an embedding model that fails must not silence grounded answers, nor a failing chat model the hybrid
/// ranking. Both use the same settings.
/// </summary>
internal sealed class ModelCircuits(IOptions<LanguageModelOptions> options, TimeProvider time)
{
    public ModelCircuit Chat { get; } = new(options, time);

    public ModelCircuit Embeddings { get; } = new(options, time);
}
