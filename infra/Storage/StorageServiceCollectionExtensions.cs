using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Azure;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Storage;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> (section <c>Storage</c>, validated at start) and registers the
    /// <see cref="ITableService"/> of the configured provider as a singleton.
    /// </summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddSingleton<ITableService>(provider =>
            Create(
                provider.GetRequiredService<IOptions<StorageOptions>>().Value, provider.GetService<IHostEnvironment>()?.ContentRootPath,
                provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>()?.CreateLogger<SqliteTableService>()));
        return services;
    }

    internal static ITableService Create(StorageOptions options, string? contentRoot, TimeProvider? clock = null, ILogger? logger = null)
    {
        if (options.Provider == StorageProvider.Sqlite)
        {
            var folder = Path.GetFullPath(options.DataFolder, contentRoot ?? Directory.GetCurrentDirectory());
            return new SqliteTableService(folder, options.TablePrefix, clock, logger);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return AzureTableService.FromConnectionString(options.ConnectionString, options.TablePrefix);
        }

        TokenCredential credential = options.Credential == StorageCredentialKind.ClientSecret
            ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
            : options.ClientId is { Length: > 0 } clientId
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        return AzureTableService.FromCredential(options.Endpoint!, credential, options.Scope, options.TablePrefix);
    }
}
