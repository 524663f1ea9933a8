using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Telemetry;

namespace ServiceDesk.Bot.Protocol.Connector;

internal static class ConnectorServiceCollectionExtensions
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
        services.TryAddTransient<ConnectorAttemptHandler>();
        // Retries outside, one attempt (token, 401 refresh, per-request timeout) inside.
        AddConnectorHttpClient(services, ConnectorTransport.HttpClientName,
            client => client.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure), boundedByCaller: false);
        // The outbox worker retries its records itself (with the tenant's budget in view): one attempt per call,
        // bounded by the worker's delivery timeout rather than the per-request one.
        AddConnectorHttpClient(services, ConnectorTransport.SingleAttemptHttpClientName, retries: null, boundedByCaller: true);
        services.TryAddSingleton<IConnectorTokenProvider, EntraConnectorTokenProvider>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<ConnectorTransport>(sp, ConnectorTransport.HttpClientName));
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }

    private static void AddConnectorHttpClient(IServiceCollection services, string name, Action<IHttpClientBuilder>? retries, bool boundedByCaller)
    {
        var client = services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The bearer token must not follow a redirect to another host.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // Without the factory's two logging handlers: on every call they opened a log scope and built the URL's
            // redacted text twice, and at Information wrote four lines per call. ConnectorLog already logs each call
            // (operation, conversation, status, attempts) and every failure.
            .RemoveAllLoggers();
        // Handlers wrap in the order added: the retries go first so that each of their attempts passes this handler.
        retries?.Invoke(client);
        client.AddHttpMessageHandler(sp =>
        {
            var attempt = sp.GetRequiredService<ConnectorAttemptHandler>();
            attempt.BoundedByCaller = boundedByCaller;
            return attempt;
        });
    }
}
