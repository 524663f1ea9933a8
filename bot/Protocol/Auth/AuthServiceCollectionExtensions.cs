using Microsoft.Extensions.Http.Resilience;
using Polly;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Auth;

internal static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Bot options (section <c>Bot</c>, validated at start), the metadata HttpClient, the signing-key cache and
    /// <see cref="IInboundAuthenticator"/>. Safe to call alongside other registrations of <see cref="BotOptions"/>.
    /// </summary>
    public static IServiceCollection AddInboundAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBotOptions();

        services.AddHttpClient(OpenIdKeySetClient.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            // Metadata and key sets are a few KB.
            client.MaxResponseContentBufferSize = 1024 * 1024;
        })
        // A key fetch is a GET: a 408/429/5xx or a broken connection is tried twice more (after Retry-After when
        // given, else backoff with jitter), each attempt bounded, all within the client's 10 s. A failed fetch would
        // otherwise refuse every request signed with a new key until the next forced refresh (5 min).
        .AddResilienceHandler("metadata", pipeline => pipeline
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddTimeout(TimeSpan.FromSeconds(3)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OpenIdKeySetClient>();
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        return services;
    }
}
