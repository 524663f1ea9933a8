using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Infra.Directories;

internal static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IDirectory"/> from the <c>Directory</c> section (managers, default approver, people), validated at
    /// start; also the Graph directory's fallback (AddDirectory chooses between them).
    /// </summary>
    public static IServiceCollection AddConfiguredDirectory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DirectoryOptions>()
            .BindConfiguration(DirectoryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidation>());
        services.TryAddSingleton<ConfiguredDirectory>();
        services.TryAddSingleton<IDirectory>(sp => sp.GetRequiredService<ConfiguredDirectory>());
        return services;
    }
}
