using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Bot.Protocol.Auth;
using static ServiceDesk.Bot.Tests.Auth.TestTokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Bot Framework channel tokens (Teams through Azure Bot Service), docs/protocol.md §1.</summary>
public sealed class InboundAuthenticatorChannelTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("bf-key-1", 0, "msteams", "skype");
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

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheActivityPassesPhaseTwo()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(InboundCaller.BotFrameworkChannel, result.Caller);
        Assert.Equal(ServiceUrl, result.ServiceUrlClaim);
        Assert.Equal(["msteams", "skype"], result.Endorsements);
        Assert.Equal([BotTenant], result.AllowedTenants);
        Assert.Null(result.Accepts(AuthHarness.TeamsMessage()));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ChannelToken_SignedWithRs384OrRs512_IsAccepted(string algorithm)
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims(), algorithm: algorithm)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_Expired_IsRejected()
    {
        var now = DateTime.UtcNow;
        var token = Mint(_key.SecurityKey, ChannelClaims(), notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-6));

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("token expired", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var now = DateTime.UtcNow;
        var token = Mint(_key.SecurityKey, ChannelClaims(), notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-3));

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_NotYetValid_IsRejected()
    {
        var now = DateTime.UtcNow;
        var token = Mint(_key.SecurityKey, ChannelClaims(), notBefore: now.AddMinutes(10), expires: now.AddMinutes(40));

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("token not yet valid", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ForAnotherBot_IsRejected()
    {
        var claims = ChannelClaims();
        claims["aud"] = "0f0f0f0f-0000-4000-8000-000000000000";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.False(result.Succeeded);
        Assert.Equal("audience not accepted", result.FailureReason);
    }

    [Fact]
    public async Task Token_FromAnUnknownIssuer_IsRejected()
    {
        var claims = ChannelClaims();
        claims["iss"] = "https://api.botframework.com.example.net";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        // Not the channel issuer, so it is treated as an Entra token, which it is not.
        Assert.False(result.Succeeded);
        Assert.Equal(0, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task ChannelToken_SignedByAnotherKeyUnderTheSameKeyId_IsRejected()
    {
        var impostor = new TestSigningKey(_key.Kid, 1, "msteams");

        var result = await _harness.AuthenticateAsync(Bearer(Mint(impostor.SecurityKey, ChannelClaims())));

        Assert.False(result.Succeeded);
        Assert.Equal("signature not valid", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_WithAlgNone_IsRejected()
    {
        var token = Unsigned(new { alg = "none", typ = "JWT", kid = _key.Kid }, ChannelClaims());

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("algorithm not accepted", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ClaimingRs256WithoutASignature_IsRejected()
    {
        var token = Unsigned(new { alg = "RS256", typ = "JWT", kid = _key.Kid }, ChannelClaims());

        var result = await _harness.AuthenticateAsync(Bearer(token));

        Assert.False(result.Succeeded);
        Assert.Equal("token is not signed", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_Hs256KeyedWithThePublicKey_IsRejected()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Hs256KeyedWithPublicKey(_key, ChannelClaims())));

        Assert.False(result.Succeeded);
        Assert.Equal("algorithm not accepted", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_WithoutServiceUrlClaim_IsRejected()
    {
        var claims = ChannelClaims();
        claims.Remove("serviceurl");

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, claims)));

        Assert.False(result.Succeeded);
        Assert.Equal("token has no serviceurl claim", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ForAnotherServiceUrl_FailsPhaseTwo()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("serviceurl claim does not match the activity",
            result.Accepts(AuthHarness.TeamsMessage(serviceUrl: "https://attacker.example.net/teams/")));
        Assert.Null(result.Accepts(AuthHarness.TeamsMessage(serviceUrl: ServiceUrl.ToUpperInvariant())));
    }

    [Fact]
    public async Task ChannelToken_SignedByAKeyNotEndorsedForTheChannel_FailsPhaseTwo()
    {
        var webchatOnly = new TestSigningKey("bf-key-webchat", 2, "webchat");
        _harness.Server.PublishBotFrameworkKeys(_key, webchatOnly);

        var result = await _harness.AuthenticateAsync(Bearer(Mint(webchatOnly.SecurityKey, ChannelClaims())));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("signing key is not endorsed for the channel", result.Accepts(AuthHarness.TeamsMessage()));
    }

    [Fact]
    public async Task ChannelToken_ForAnActivityFromAnotherTenant_FailsPhaseTwo()
    {
        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.Equal("tenant is not served",
            result.Accepts(AuthHarness.TeamsMessage(tenant: "99999999-9999-4999-8999-999999999999")));
    }

    [Fact]
    public async Task SigningKeys_AreFetchedOnce_ForManyTokens()
    {
        for (var i = 0; i < 3; i++)
            Assert.True((await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())))).Succeeded);

        Assert.Equal(1, _harness.Server.BotFrameworkKeyFetches);
    }

    [Fact]
    public async Task SigningKeys_WhenTheIssuerIsDown_TheTokenIsRejected()
    {
        _harness.Server.Failing = true;

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.False(result.Succeeded);
        Assert.Equal("signing keys unavailable", result.FailureReason);
    }

    [Fact]
    public async Task SigningKeys_PublishedAtAPlainHttpAddress_AreNotFetched()
    {
        // Never contacted: the address is refused before any request.
        _harness.Server.BotFrameworkJwksUri = "http://keys.example.net/keys";

        var result = await _harness.AuthenticateAsync(Bearer(Mint(_key.SecurityKey, ChannelClaims())));

        Assert.False(result.Succeeded);
        Assert.Equal("signing keys unavailable", result.FailureReason);
    }
}
