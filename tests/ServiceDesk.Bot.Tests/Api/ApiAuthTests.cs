using System.Net;
using System.Net.Http.Headers;
using ServiceDesk.Bot.Tests.Auth;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests.Api;

/// <summary>
/// Who may read the API: a configured key, or an Entra token of the configured tenant and audience, signed by a key
/// the tenant's (local) OpenID metadata publishes. Everything else is 401; with nothing configured every route is 404.
/// </summary>
public sealed class ApiAuthTests : IAsyncLifetime
{
    public const string Key = "test-api-key-0123456789abcdefghijklmnop";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Audience = "api://servicedesk-api";
    private const string OtherTenant = "0b5c7d3e-1111-4a2b-9c3d-4e5f6a7b8c9d";

    private readonly TestSigningKey _published = new("api-key-1", 0);
    private readonly TestSigningKey _unpublished = new("api-key-1", 1);
    private OpenIdMetadataServer _metadata = null!;
    private BotHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.PublishEntraKeys(_published);
        _factory = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Api:Keys:0"] = Key,
            ["Api:Entra:TenantId"] = Tenant,
            ["Api:Entra:Audience"] = Audience,
            ["Api:Entra:Authority"] = $"{_metadata.BaseAddress}/entra/{Tenant}/v2.0",
        });
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    public static Dictionary<string, object> Claims(string tenant = Tenant, string audience = Audience) => new()
    {
        ["iss"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["aud"] = audience,
        ["tid"] = tenant,
        ["azp"] = "c0ffee00-1234-4abc-8def-001122334455",
        ["ver"] = "2.0",
    };

    [Theory]
    [InlineData("/api/tickets/INC-000001")]
    [InlineData("/api/tickets")]
    [InlineData("/api/metrics")]
    public async Task Without_credentials_every_route_is_401(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"error\":\"unauthorized\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-key-0123456789abcdefghijklmnopqrst")]
    [InlineData("test-api-key-0123456789abcdefghijklmno")] // the right key but one character short
    [InlineData("x")]
    public async Task A_wrong_key_is_401(string key) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/tickets", key: key)).StatusCode);

    [Fact]
    public async Task The_configured_key_is_served() =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/tickets", key: Key)).StatusCode);

    [Fact]
    public async Task A_wrong_key_is_401_even_with_a_valid_token() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await GetAsync("/api/tickets", key: "wrong-key-0123456789abcdefghijklmnopqrst", token: TestTokens.Mint(_published.SecurityKey, Claims()))).StatusCode);

    [Fact]
    public async Task A_valid_Entra_token_is_served() =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/metrics", token: TestTokens.Mint(_published.SecurityKey, Claims()))).StatusCode);

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = TestTokens.Mint(_published.SecurityKey, Claims(), notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/tickets", token: token)).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_tenant_does_not_publish_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/tickets", token: TestTokens.Mint(_unpublished.SecurityKey, Claims()))).StatusCode);

    [Fact]
    public async Task A_token_of_another_tenant_is_401_so_it_sees_no_ticket() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/tickets", token: TestTokens.Mint(_published.SecurityKey, Claims(OtherTenant)))).StatusCode);

    [Fact]
    public async Task A_token_for_another_audience_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await GetAsync("/api/tickets", token: TestTokens.Mint(_published.SecurityKey, Claims(audience: "api://another-app")))).StatusCode);

    [Fact]
    public async Task An_unsigned_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await GetAsync("/api/tickets", token: TestTokens.Unsigned(new { alg = "none", kid = _published.Kid }, Claims()))).StatusCode);

    [Fact]
    public async Task With_nothing_configured_the_api_does_not_exist()
    {
        await using var factory = new BotHostFactory();
        using var client = factory.CreateClient();
        foreach (var path in new[] { "/api/tickets/INC-000001", "/api/tickets", "/api/metrics" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Api-Key", Key);
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
        }
    }

    [Theory]
    [InlineData("Api:Keys:0", "short", "Api:Keys")]
    [InlineData("Api:Entra:TenantId", "not-a-guid", "Api:Entra:TenantId")]
    public void A_bad_setting_stops_the_start_naming_it(string key, string value, string named)
    {
        using var factory = new BotHostFactory(new Dictionary<string, string?> { [key] = value, ["Api:Entra:Audience"] = Audience });
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? key = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }
}
