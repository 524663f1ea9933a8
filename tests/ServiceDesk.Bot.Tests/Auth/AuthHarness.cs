using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>
/// The authenticator as the host gets it (AddInboundAuthentication over configuration), pointed at a local
/// metadata server. Settings default to a single-tenant bot; each test overrides what it is about.
/// </summary>
internal sealed class AuthHarness : IAsyncDisposable
{
    public static readonly IPAddress Remote = IPAddress.Parse("10.1.2.3");

    private readonly ServiceProvider _services;

    private AuthHarness(OpenIdMetadataServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public OpenIdMetadataServer Server { get; }

    public IInboundAuthenticator Authenticator => _services.GetRequiredService<IInboundAuthenticator>();

    public static async Task<AuthHarness> StartAsync(
        IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var server = await OpenIdMetadataServer.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = TestTokens.BotTenant,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = server.BotFrameworkMetadataUrl,
            ["Bot:EntraOpenIdMetadataUrl"] = server.EntraMetadataUrlTemplate,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        return new AuthHarness(server, BuildServices(values, time));
    }

    public static ServiceProvider BuildServices(IDictionary<string, string?> values, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        if (time is not null) services.AddSingleton(time);
        services.AddInboundAuthentication();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public Task<InboundAuthResult> AuthenticateAsync(string? header, IPAddress? remote = null) =>
        Authenticator.AuthenticateAsync(header, remote ?? Remote, CancellationToken.None);

    /// <summary>A Teams message activity as the channel sends it.</summary>
    public static Activity TeamsMessage(string serviceUrl = TestTokens.ServiceUrl, string tenant = TestTokens.BotTenant, string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hello",
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } }),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
