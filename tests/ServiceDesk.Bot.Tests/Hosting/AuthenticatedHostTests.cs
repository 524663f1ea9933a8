using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Dialogs.Ports;

namespace ServiceDesk.Bot.Tests.Hosting;

/// <summary>
/// The host with authentication on, against a local OpenID metadata endpoint: a forged or mismatched token is
/// answered 401 and nothing of the activity is processed (no reply, no profile saved).
/// </summary>
public sealed class AuthenticatedHostTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string UserId = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcdefghijklmnopqrstuvwxyzABCDEFG";

    private readonly TestSigningKey _teamsKey = new("teams-key", 0, "msteams");
    private readonly TestSigningKey _webchatOnlyKey = new("webchat-key", 1, "webchat");
    private readonly TestSigningKey _unpublishedKey = new("rogue-key", 2, "msteams");
    private OpenIdMetadataServer _metadata = null!;
    private FakeConnector _connector = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.PublishBotFrameworkKeys(_teamsKey, _webchatOnlyKey);
        _connector = await FakeConnector.StartAsync();
        var tokens = new Mock<IConnectorTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<bool>(), It.IsAny<CancellationToken>())).ReturnsAsync("outbound-token");
        _factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticatedLocal"] = "false",
            ["Bot:AppId"] = TestTokens.AppId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = Tenant,
            ["Bot:ClientSecret"] = "not-a-real-secret",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = _metadata.BotFrameworkMetadataUrl,
            ["Bot:EntraOpenIdMetadataUrl"] = _metadata.EntraMetadataUrlTemplate,
            ["Bot:ConnectorHosts:0"] = "127.0.0.1",
        }, services => services.AddSingleton(tokens.Object));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private Dictionary<string, object> Claims(Action<Dictionary<string, object>>? edit = null)
    {
        var claims = TestTokens.ChannelClaims();
        claims["serviceurl"] = _connector.BaseUrl;
        edit?.Invoke(claims);
        return claims;
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, string? activity = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity ?? ActivityFixtures.With("personal-message", _connector.BaseUrl), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(BotHostFactory.RemoteIpHeader, "10.1.2.3"); // Teams calls from afar
        return await _client.SendAsync(request);
    }

    private async Task AssertNothingProcessedAsync()
    {
        Assert.Empty(_connector.Received);
        var profiles = _factory.Services.GetRequiredService<IUserProfileStore>();
        Assert.Null(await profiles.GetAsync(UserId, CancellationToken.None));
    }

    [Fact]
    public async Task A_valid_channel_token_is_served_and_the_reply_carries_the_outbound_token()
    {
        var response = await PostAsync(TestTokens.Mint(_teamsKey.SecurityKey, Claims()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _connector.WaitForAsync(1));
        Assert.Equal("Bearer outbound-token", sent.Authorization);
    }

    [Fact]
    public async Task No_token_is_401_and_nothing_is_processed()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(null)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = TestTokens.Mint(_teamsKey.SecurityKey, Claims(), DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task A_token_for_another_bot_is_401()
    {
        var token = TestTokens.Mint(_teamsKey.SecurityKey, Claims(c => c["aud"] = "00000000-1111-2222-3333-444444444444"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_is_401()
    {
        var token = TestTokens.Mint(_unpublishedKey.SecurityKey, Claims());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task A_serviceurl_claim_for_another_connector_is_401()
    {
        var token = TestTokens.Mint(_teamsKey.SecurityKey, Claims(c => c["serviceurl"] = "https://smba.trafficmanager.net/emea/"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task A_key_not_endorsed_for_teams_is_401()
    {
        var token = TestTokens.Mint(_webchatOnlyKey.SecurityKey, Claims());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).StatusCode);
        await AssertNothingProcessedAsync();
    }

    [Fact]
    public async Task An_activity_from_a_tenant_we_do_not_serve_is_401()
    {
        var activity = ActivityFixtures.With("personal-message", _connector.BaseUrl, a =>
        {
            a["channelData"]!["tenant"]!["id"] = "99999999-9999-9999-9999-999999999999";
            a["conversation"]!["tenantId"] = "99999999-9999-9999-9999-999999999999";
        });
        var response = await PostAsync(TestTokens.Mint(_teamsKey.SecurityKey, Claims()), activity);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingProcessedAsync();
    }
}
