using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

/// <summary>The connector client as the app composes it (AddConnectorClient), over test settings.</summary>
internal static class ConnectorHarness
{
    /// <summary>Authenticated single-tenant settings with 127.0.0.1 on the allow-list.</summary>
    public static Dictionary<string, string?> Authenticated() => new()
    {
        ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000b0",
        ["Bot:TenantId"] = "00000000-0000-0000-0000-0000000000a1",
        ["Bot:ClientSecret"] = "not-a-real-secret",
        ["Bot:ConnectorHosts:0"] = "127.0.0.1",
        ["Connector:BaseDelayMilliseconds"] = "100",
        ["Connector:MaxDelayMilliseconds"] = "1000",
    };

    /// <summary>Unauthenticated local mode (the Playground): no app id, explicit opt-in.</summary>
    public static Dictionary<string, string?> Local() => new()
    {
        ["Bot:AllowUnauthenticatedLocal"] = "true",
        ["Connector:BaseDelayMilliseconds"] = "100",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings, IConnectorTokenProvider? tokens = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }
        services.AddConnectorClient();
        return services.BuildServiceProvider();
    }

    public static IConnectorClient Client(this ServiceProvider provider) => provider.GetRequiredService<IConnectorClient>();
}
