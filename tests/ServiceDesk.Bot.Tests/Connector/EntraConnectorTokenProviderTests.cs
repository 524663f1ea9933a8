using Azure.Core;
using Azure.Identity;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Bot.Protocol.Connector;

namespace ServiceDesk.Bot.Tests.Connector;

public sealed class EntraConnectorTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider time = new(Start);
    private readonly List<FakeCredential> credentials = [];

    private static BotOptions SingleTenant() => new() { AppId = "app-1", TenantId = "tenant-1", ClientSecret = "secret" };

    private EntraConnectorTokenProvider Provider(BotOptions options) => new(options, time, _ =>
    {
        var credential = new FakeCredential(time, credentials.Count + 1);
        credentials.Add(credential);
        return credential;
    });

    [Fact]
    public async Task Token_is_cached_until_five_minutes_before_it_expires()
    {
        var provider = Provider(SingleTenant());

        var first = await provider.GetTokenAsync(false, default);
        time.Advance(TimeSpan.FromMinutes(54));
        var cached = await provider.GetTokenAsync(false, default);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(false, default);

        Assert.Equal("cred1-token1", first);
        Assert.Equal(first, cached);
        Assert.Equal("cred1-token2", renewed);
    }

    [Fact]
    public async Task Forced_refresh_bypasses_the_cache_with_a_new_credential()
    {
        var provider = Provider(SingleTenant());

        await provider.GetTokenAsync(false, default);
        var refreshed = await provider.GetTokenAsync(true, default);

        Assert.Equal("cred2-token1", refreshed);
        Assert.Equal(2, credentials.Count);
    }

    [Fact]
    public async Task Token_is_requested_for_the_connector_scope()
    {
        var options = SingleTenant();
        options.ConnectorScope = "https://api.botframework.us/.default";

        await Provider(options).GetTokenAsync(false, default);

        Assert.Equal(["https://api.botframework.us/.default"], Assert.Single(credentials).Scopes);
    }

    [Fact]
    public async Task Local_mode_never_asks_for_a_token()
    {
        var provider = Provider(new BotOptions { AllowUnauthenticatedLocal = true });

        Assert.Null(await provider.GetTokenAsync(false, default));
        Assert.Null(await provider.GetTokenAsync(true, default));
        Assert.Empty(credentials);
    }

    [Fact]
    public void Credential_matches_the_app_type()
    {
        Assert.IsType<ClientSecretCredential>(ConnectorCredentialFactory.Create(SingleTenant()));
        Assert.IsType<ClientSecretCredential>(ConnectorCredentialFactory.Create(new BotOptions { AppType = BotAppType.MultiTenant, AppId = "app-1", ClientSecret = "s" }));
        Assert.IsType<ManagedIdentityCredential>(ConnectorCredentialFactory.Create(new BotOptions { AppType = BotAppType.UserAssignedMSI, AppId = "mi-1", TenantId = "t" }));
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, "tenant-1")]
    [InlineData(BotAppType.UserAssignedMSI, "tenant-1")]
    [InlineData(BotAppType.MultiTenant, "botframework.com")]
    public void Token_tenant_is_the_bots_own_unless_multi_tenant(BotAppType appType, string expected) =>
        Assert.Equal(expected, ConnectorCredentialFactory.TenantOf(new BotOptions { AppType = appType, TenantId = "tenant-1" }));

    /// <summary>Tokens valid one hour, named by credential and call number.</summary>
    private sealed class FakeCredential(TimeProvider time, int number) : TokenCredential
    {
        private int calls;

        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes = requestContext.Scopes;
            calls++;
            return new AccessToken($"cred{number}-token{calls}", time.GetUtcNow().AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
