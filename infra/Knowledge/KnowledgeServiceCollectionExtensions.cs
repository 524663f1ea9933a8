using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge;

internal static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="KnowledgeOptions"/> (section <c>Knowledge</c>, validated at start), loads and indexes the articles
    /// at start (a malformed article stops the app with the file and line) and registers <see cref="IKnowledgeSearch"/>.
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KnowledgeOptions>>();
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath;
            return new KnowledgeBase(options, KnowledgeFolder.Resolve(options.Value.Folder, contentRoot));
        });
        services.TryAddSingleton<IKnowledgeSearch>(provider => provider.GetRequiredService<KnowledgeBase>());
        services.TryAddSingleton<IKnowledgeSnapshot>(provider => provider.GetRequiredService<KnowledgeBase>());
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }

    /// <summary>
    /// The search over the files and the articles published from the bot (<see cref="PublishedKnowledge"/>), which also
    /// stores what is published. Needs <c>AddKnowledgeBase()</c> and <c>AddServiceDeskRecords()</c>.
    /// </summary>
    public static IServiceCollection AddPublishedKnowledge(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PublishedKnowledge>();
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeSearch>(provider => provider.GetRequiredService<PublishedKnowledge>()));
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeArticleStore>(provider => provider.GetRequiredService<PublishedKnowledge>()));
        services.Replace(ServiceDescriptor.Singleton<IKnowledgeSnapshot>(provider => provider.GetRequiredService<PublishedKnowledge>()));
        return services;
    }
}
