using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>The Authorization header itself: anything but <c>Bearer &lt;JWS&gt;</c> is refused before any key is fetched.</summary>
public sealed class InboundAuthenticatorHeaderTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("bf-key-1", 0, "msteams");
    private AuthHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync();
        _harness.Server.PublishBotFrameworkKeys(_key);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
    }

    [Theory]
    [InlineData(null, "no Authorization header")]
    [InlineData("", "no Authorization header")]
    [InlineData("Bearer", "Authorization is not a Bearer token")]
    [InlineData("Bearer ", "Authorization is not a Bearer token")]
    [InlineData("Basic dXNlcjpwYXNz", "Authorization is not a Bearer token")]
    [InlineData("Bearer a b", "Authorization is not a Bearer token")]
    [InlineData("Bearer abc.def.ghi", "token is malformed")]
    [InlineData("Bearer not-a-jwt", "token is malformed")]
    public async Task Header_NotABearerJws_IsRejected(string? header, string reason)
    {
        var result = await _harness.AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.FailureReason);
        Assert.Equal(0, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task Header_WithAValidTokenAfterAnotherScheme_IsRejected()
    {
        var result = await _harness.AuthenticateAsync("Token " + Mint(_key.SecurityKey, ChannelClaims()));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Header_WithALowercaseScheme_IsAccepted()
    {
        // RFC 7235: the scheme is case-insensitive.
        var result = await _harness.AuthenticateAsync("bearer " + Mint(_key.SecurityKey, ChannelClaims()));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_WithoutKeyId_IsRejected()
    {
        var token = Unsigned(new { alg = "RS256", typ = "JWT" }, ChannelClaims()) + "c2lnbmF0dXJl";

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("token has no key id", result.FailureReason);
    }

    [Fact]
    public async Task FailureReason_NeverCarriesTokenContent()
    {
        var claims = ChannelClaims();
        claims["aud"] = "secret-looking-audience";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.DoesNotContain("secret-looking-audience", result.FailureReason, StringComparison.Ordinal);
    }
}
