using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Assist;

/// <summary>
/// The language model's seams: with none (harnesses, benchmarks) every port is <see cref="NoLanguageModel"/>; the
/// infrastructure replaces them, and they answer the same when no model is configured.
/// </summary>
internal static class AssistServiceCollectionExtensions
{
    public static IServiceCollection AddAssist(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGroundedAnswers>(NoLanguageModel.Instance);
        services.TryAddSingleton<IIntentReader>(NoLanguageModel.Instance);
        services.TryAddSingleton<IAgentAssist>(NoLanguageModel.Instance);
        services.TryAddSingleton<IMeaningSimilarity>(NoLanguageModel.Instance);
        services.TryAddSingleton<UnsureUnderstanding>();
        services.TryAddSingleton<SimilarTickets>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, AgentAssistHandler>());
        return services;
    }
}
