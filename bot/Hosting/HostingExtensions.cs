using Microsoft.Extensions.Configuration.Json;
using ServiceDesk.Bot.Outbox;
using ServiceDesk.Bot.Protocol.Auth;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Hosting;

internal static class HostingExtensions
{
    /// <summary>
    /// The repository's top-level appsettings.json is copied next to the bot's dll; read it whatever the
    /// working directory, below the content root's own appsettings files, environment and command line.
    /// </summary>
    public static IConfigurationBuilder AddTopLevelSettings(this IConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var firstJson = sources.ToList().FindIndex(s => s is JsonConfigurationSource);
        sources.Insert(firstJson < 0 ? 0 : firstJson, source);
        return configuration;
    }

    /// <summary>The protocol edge: inbound authentication, connector client, the turn runner.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddInboundAuthentication(); // binds and validates BotOptions
        services.AddConnectionAddressCapture();

        services.AddConnectorClient();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<TurnReplies>();
        services.AddSingleton<StepCardReplies>();
        services.AddSingleton<StepCardReplacer>();
        services.AddHostedService(sp => sp.GetRequiredService<StepCardReplacer>());
        services.AddSingleton<StepCardKeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<StepCardKeeping>());
        services.AddOutboxDelivery();
        return services;
    }
}
