using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Infra.Graph;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.LanguageModel;
using ServiceDesk.Infra.Storage;
using ServiceDesk.Infra.Storage.Records;

namespace ServiceDesk.Infra;

/// <summary>
/// The composition root of the ports' implementations: table storage and the records over it, the knowledge base,
/// the directory (Microsoft Graph or the configured one), the optional language model. The per-feature registrations stay beside their features (internal); the host calls only this.
/// These are the only implementations of the stores' ports (the service desk registers no stand-in that they would
/// have to replace), so the order of this call and <c>AddServiceDeskCore()</c> does not matter.
/// </summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddServiceDeskInfrastructure(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTableStorage();
        services.AddServiceDeskRecords();
        services.AddKnowledgeBase();
        services.AddPublishedKnowledge();
        services.AddDirectory();
        services.AddLanguageModel();
        services.AddHybridKnowledge();
        return services;
    }
}
