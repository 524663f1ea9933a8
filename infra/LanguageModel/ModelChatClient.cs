using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;
using OpenAI.Chat;

namespace ServiceDesk.Infra.LanguageModel;

/// <summary>
/// The configured model as a Semantic Kernel over Microsoft.Extensions.AI's <see cref="IChatClient"/>, built once on
/// first use. The kernel holds no plugins, so no request can ever offer the model a tool to call.
/// </summary>
internal sealed class ModelChatClient(IOptions<LanguageModelOptions> options)
{
    // Azure OpenAI's audience for Entra ID tokens.
    private const string CognitiveServicesScope = "https://cognitiveservices.azure.com/.default";

    private readonly Lazy<Kernel> kernel = new(() => Build(options.Value));

    /// <summary>The chat client; only called when a provider is configured.</summary>
    public IChatClient Chat => kernel.Value.GetRequiredService<IChatClient>();

    private static Kernel Build(LanguageModelOptions settings)
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(OpenAIChat(settings).AsIChatClient());
        return builder.Build();
    }

    private static ChatClient OpenAIChat(LanguageModelOptions settings)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            // Retrying is the turn's enemy: a failed call falls back to the answer without a model, the breaker counts it.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromMilliseconds(settings.TimeoutMs),
        };
        var model = settings.ChatModel!;
        if (!string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            return new ChatClient(model, new ApiKeyCredential(settings.ApiKey), clientOptions);
        }

        if (settings.Provider == LanguageModelProvider.AzureOpenAI)
        {
            var identity = string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.ManagedIdentityClientId));
            // The token-policy constructor is marked experimental by the client library; it is the documented way to Entra ID.
#pragma warning disable OPENAI001
            return new ChatClient(model, new BearerTokenPolicy(identity, CognitiveServicesScope), clientOptions);
#pragma warning restore OPENAI001
        }

        // A local server (Ollama, vLLM, LM Studio) asks for no key; the client library needs one to send.
        return new ChatClient(model, new ApiKeyCredential("none"), clientOptions);
    }
}
