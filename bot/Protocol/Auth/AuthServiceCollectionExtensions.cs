using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Auth;

public static class AuthServiceCollectionExtensions
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
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OpenIdKeySetClient>();
        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        return services;
    }
}
