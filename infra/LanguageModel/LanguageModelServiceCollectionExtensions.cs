using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.LanguageModel.Embeddings;

namespace ServiceDesk.Infra.LanguageModel;

internal static class LanguageModelServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LanguageModelOptions"/> (section <c>LanguageModel</c>, validated at start) and registers the
    /// model behind the dialogs' <see cref="IGroundedAnswers"/>, <see cref="IIntentReader"/> and <see cref="IAgentAssist"/>. It replaces the service desk's "no model" (which
    /// harnesses without infrastructure keep), whichever of the two registrations runs first; with no provider
    /// configured it answers as that one does and never builds a client.
    /// </summary>
    public static IServiceCollection AddLanguageModel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<LanguageModelOptions>()
            .BindConfiguration(LanguageModelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ModelChatClient>();
        services.TryAddSingleton<ModelCircuits>();
        services.TryAddSingleton<TokenBudget>();
        services.TryAddSingleton<LanguageModelMetrics>();
        services.TryAddSingleton<ModelGateway>();
        services.Replace(ServiceDescriptor.Singleton<IGroundedAnswers, GroundedAnswerService>());
        services.Replace(ServiceDescriptor.Singleton<IIntentReader, IntentReaderService>());
        services.Replace(ServiceDescriptor.Singleton<IAgentAssist, AgentAssistService>());
        services.TryAddSingleton<TextVectors>();
        services.Replace(ServiceDescriptor.Singleton<IMeaningSimilarity, MeaningSimilarityService>());
        return services;
    }

    /// <summary>
    /// The knowledge search ranked by keywords and meaning when an embedding model is configured (by keywords alone,
    /// exactly as before, when none is), over the knowledge registered so far, the articles' vectors kept in table
    /// storage. Needs <c>AddLanguageModel()</c>, <c>AddKnowledgeBase()</c> and the table storage; call it after the
    /// knowledge registrations, whose search it wraps.
    /// </summary>
    public static IServiceCollection AddHybridKnowledge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ArticleVectorStore>();
        services.TryAddSingleton<ArticleVectors>();
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeSearch, HybridKnowledgeSearch>());
        services.AddHostedService<ArticleVectorStartup>();
        return services;
    }
}
