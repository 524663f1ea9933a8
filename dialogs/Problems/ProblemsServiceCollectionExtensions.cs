using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Problems.Clusters;
using ServiceDesk.Dialogs.Routing;

namespace ServiceDesk.Dialogs.Problems;

internal static class ProblemsServiceCollectionExtensions
{
    /// <summary>
    /// Problem management (settings <c>Problems</c>): the <c>problem</c> command, the problem card's buttons, Link to
    /// problem on the ticket card, the cluster watch (run by the host's worker) and the "Possible problem" card's
    /// buttons. Needs <see cref="IProblemStore"/>, <see cref="IClusterStore"/> and
    /// <see cref="Knowledge.IKnowledgeArticleStore"/> (infra) and the agents' side.
    /// </summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProblemOptions>()
            .BindConfiguration(ProblemOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LinkedIncidentResolver>();
        services.TryAddSingleton<ProblemDesk>();
        services.TryAddSingleton<ProblemLinkReply>();
        services.TryAddSingleton<IClusterWatch, ClusterWatch>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAgentCommand, ProblemCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, ProblemCardHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardActionHandler, ClusterCardHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliveryObserver, ClusterCardObserver>());
        return services;
    }
}
