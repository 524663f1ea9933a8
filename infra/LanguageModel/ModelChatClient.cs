using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// The configured model as a Semantic Kernel over Microsoft.Extensions.AI's <see cref="IChatClient"/> (and its
/// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> when an embedding model is named), built once on first use. The
/// kernel holds no plugins, so no request can ever offer the model a tool to call.
/// </summary>
internal sealed class ModelChatClient(IOptions<LanguageModelOptions> options)
{
    // Azure OpenAI's audience for Entra ID tokens.
    private const string CognitiveServicesScope = "https://cognitiveservices.azure.com/.default";

    private readonly Lazy<Kernel> kernel = new(() => Build(options.Value));

    /// <summary>The chat client; only called when a provider is configured.</summary>
    public IChatClient Chat => kernel.Value.GetRequiredService<IChatClient>();

    /// <summary>The embedding generator; only called when an embedding model is configured.</summary>
    public IEmbeddingGenerator<string, Embedding<float>> Embeddings => kernel.Value.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

    private static Kernel Build(LanguageModelOptions settings)
    {
        var builder = Kernel.CreateBuilder();
        var openAI = Client(settings);
        builder.Services.AddSingleton(openAI.GetChatClient(settings.ChatModel!).AsIChatClient());
        if (settings.EmbeddingsEnabled)
        {
            builder.Services.AddSingleton(openAI.GetEmbeddingClient(settings.EmbeddingModel!).AsIEmbeddingGenerator());
        }

        return builder.Build();
    }

    private static OpenAIClient Client(LanguageModelOptions settings)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            // Retrying is the turn's enemy: a failed call falls back to the answer without a model, the breaker counts it.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromMilliseconds(settings.TimeoutMs),
        };
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            return new OpenAIClient(new ApiKeyCredential(settings.ApiKey), clientOptions);
        }

        if (settings.Provider == LanguageModelProvider.AzureOpenAI)
        {
            var identity = string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId));
            // The token-policy constructor is marked experimental by the client library; it is the documented way to Entra ID.
#pragma warning disable OPENAI001
            return new OpenAIClient(new BearerTokenPolicy(identity, CognitiveServicesScope), clientOptions);
#pragma warning restore OPENAI001
        }

        // A local server (Ollama, vLLM, LM Studio) asks for no key; the client library needs one to send.
        return new OpenAIClient(new ApiKeyCredential("none"), clientOptions);
    }
}
