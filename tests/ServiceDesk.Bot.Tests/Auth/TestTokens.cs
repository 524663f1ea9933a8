using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>Mints the tokens the tests send: well-formed ones signed by a local key, and hand-built hostile ones.</summary>
internal static class TestTokens
{
    public const string AppId = "2b9f3c1e-51d4-4a0e-9d0b-6e2f1c3a7b01";
    public const string BotTenant = "5c1a7e2f-8e3b-4c7d-a1f2-0d9e8b7c6a55";
    public const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The claims of a channel token as Azure Bot Service sends them to Teams bots.</summary>
    public static Dictionary<string, object> ChannelClaims() => new()
    {
        ["iss"] = BotFrameworkIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = ServiceUrl,
    };

    public static Dictionary<string, object> EntraV1Claims(string tenant, string appId = AppId) => new()
    {
        ["iss"] = $"https://sts.windows.net/{tenant}/",
        ["aud"] = AppId,
        ["appid"] = appId,
        ["tid"] = tenant,
        ["ver"] = "1.0",
    };

    public static Dictionary<string, object> EntraV2Claims(string tenant, string azp = AppId) => new()
    {
        ["iss"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["aud"] = AppId,
        ["azp"] = azp,
        ["tid"] = tenant,
        ["ver"] = "2.0",
    };

    public static string Mint(
        SecurityKey signingKey, Dictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static string Bearer(string token) => "Bearer " + token;

    /// <summary>A token with the given header and no signature at all.</summary>
    public static string Unsigned(object header, Dictionary<string, object> claims) =>
        $"{Encode(header)}.{Encode(WithLifetime(claims))}.";

    /// <summary>The classic key-confusion attack: HS256 keyed with the bytes of the issuer's RSA public key.</summary>
    public static string Hs256KeyedWithPublicKey(TestSigningKey key, Dictionary<string, object> claims)
    {
        var signingInput = $"{Encode(new { alg = "HS256", typ = "JWT", kid = key.Kid })}.{Encode(WithLifetime(claims))}";
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(key.PublicKeyPem));
        return $"{signingInput}.{Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static Dictionary<string, object> WithLifetime(Dictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>(claims)
        {
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        };
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
