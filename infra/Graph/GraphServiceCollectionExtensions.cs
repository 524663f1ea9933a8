using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Infra.Directories;

namespace ServiceDesk.Infra.Graph;

internal static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// The directory: Microsoft Graph when <c>Graph:Enabled</c>, else the configured one (section <c>Directory</c>,
    /// which also stays Graph's fallback). Settings checked at start; Graph's HttpClient carries the retries
    /// (Retry-After honoured) and a time budget per question, and is traced like every HttpClient.
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Before the configured directory's own registration, which only adds itself when nothing else did.
        services.TryAddSingleton<IDirectory>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled
            ? sp.GetRequiredService<GraphDirectory>()
            : sp.GetRequiredService<ConfiguredDirectory>());
        services.AddConfiguredDirectory();
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .PostConfigure<IConfiguration>(ReuseBotRegistration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => GraphCredential.From(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton(sp => new Lazy<GraphCredential>(sp.GetRequiredService<GraphCredential>));
        services.AddHttpClient(GraphClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The bearer token must not follow a redirect to another host.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler("graph", ConfigureResilience);
        services.TryAddSingleton<GraphClientFactory>();
        services.TryAddSingleton<GraphPermissions>();
        services.TryAddSingleton<GraphReader>();
        services.TryAddSingleton<GraphDirectoryCache>();
        services.TryAddSingleton<GraphDirectory>();
        // Access that fulfils itself (catalogue entries with AutoFulfil): off unless Graph:Enabled.
        services.TryAddSingleton<IGroupMembership, GraphGroupMembership>();
        // The leavers check: off unless Graph:Enabled and User.Read.All is granted.
        services.TryAddSingleton<IDirectoryLeavers, GraphLeavers>();
        // Announcement audiences (department, office, group) and the app installed for them: off unless Graph:Enabled.
        services.TryAddSingleton<IAudienceDirectory, GraphAudiences>();
        services.TryAddSingleton<ITeamsAppInstaller, GraphAppInstaller>();
        return services;
    }

    /// <summary>Without an identity of its own, Graph is called as the bot's app registration.</summary>
    private static void ReuseBotRegistration(GraphOptions options, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            options.TenantId ??= configuration["Bot:TenantId"];
            return;
        }

        var appId = configuration["Bot:AppId"];
        options.TenantId ??= configuration["Bot:TenantId"];
        if (string.Equals(configuration["Bot:AppType"], "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            options.ManagedIdentityClientId = appId;
            return;
        }

        options.ClientId = appId;
        options.ClientSecret ??= configuration["Bot:ClientSecret"];
        options.CertificatePath ??= configuration["Bot:CertificatePath"];
        options.CertificatePassword ??= configuration["Bot:CertificatePassword"];
    }

    /// <summary>
    /// A total budget over retries of 408, 429 and 5xx with jittered exponential back-off, waiting what Retry-After
    /// asks; each attempt bounded too. A Retry-After past the budget ends in "unavailable", not a stuck turn.
    /// </summary>
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<GraphOptions>>().Value;
        var budget = TimeSpan.FromSeconds(options.TimeoutSeconds);
        pipeline
            .AddTimeout(budget)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = budget,
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, budget.Ticks / 2)));
    }
}
