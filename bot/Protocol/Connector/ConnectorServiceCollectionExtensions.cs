using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// The outbound Bot Connector client: <see cref="IConnectorClient"/>, <see cref="IConnectorTokenProvider"/>
    /// (Azure.Identity), retry settings from section <c>Connector</c>, checked at start.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.MaxDelayMilliseconds >= o.BaseDelayMilliseconds,
                "Connector:MaxDelayMilliseconds must be at least Connector:BaseDelayMilliseconds.")
            .ValidateOnStart();

        // The outbound identity is checked at start too: a missing secret would otherwise surface at the first reply.
        services.AddBotOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceDeskMetrics();
        services.AddHttpClient(ConnectorTransport.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The bearer token must not follow a redirect to another host; the per-request timeout is ours.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<IConnectorTokenProvider, EntraConnectorTokenProvider>();
        services.TryAddSingleton<ConnectorTransport>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
