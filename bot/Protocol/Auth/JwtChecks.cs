using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>The checks both token paths share: shape, algorithm, issuer, audience, lifetime and signature.</summary>
internal static class JwtChecks
{
    /// <summary>The only algorithms the Bot Framework and Entra ID sign with (docs/protocol.md §1).</summary>
    public static readonly IReadOnlyList<string> Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Tokens are a few KB; a larger header is not worth parsing.</summary>
    private const int MaxTokenLength = 16 * 1024;

    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Reads <c>Bearer &lt;JWS&gt;</c> without validating it. Null with a reason when it is unusable.</summary>
    public static JsonWebToken? ReadBearer(string? authorizationHeader, out string? failureReason)
    {
        failureReason = null;
        if (string.IsNullOrWhiteSpace(authorizationHeader)) return Refuse("no Authorization header", out failureReason);
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
            return Refuse("Authorization is not a Bearer token", out failureReason);
        if (parts[1].Length > MaxTokenLength) return Refuse("token too large", out failureReason);

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return Refuse("token is malformed", out failureReason);
        }
        if (token.IsEncrypted) return Refuse("encrypted tokens are not accepted", out failureReason);
        // "crit" names header extensions a recipient must understand or reject the token (RFC 7515, 4.1.11); we
        // understand none, and neither the Bot Framework nor Entra ID sets it.
        if (HasCriticalHeader(token)) return Refuse("token has critical header extensions", out failureReason);
        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal)) return Refuse("algorithm not accepted", out failureReason);
        if (string.IsNullOrEmpty(token.EncodedSignature)) return Refuse("token is not signed", out failureReason);
        if (string.IsNullOrEmpty(token.Kid)) return Refuse("token has no key id", out failureReason);
        return token;
    }

    /// <summary>Null when valid, else a short reason for logs.</summary>
    public static async Task<string?> ValidateAsync(
        JsonWebToken token, SecurityKey key, IEnumerable<string> issuers, IEnumerable<string> audiences)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = Algorithms,
            ClockSkew = ClockSkew,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        };
        var result = await Handler.ValidateTokenAsync(token.EncodedToken, parameters).ConfigureAwait(false);
        return result.IsValid ? null : Describe(result.Exception);
    }

    private static string Describe(Exception? error) => error switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidIssuerException => "issuer not accepted",
        SecurityTokenInvalidAudienceException => "audience not accepted",
        SecurityTokenInvalidAlgorithmException => "algorithm not accepted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "signature not valid",
        _ => "token not valid",
    };

    private static bool HasCriticalHeader(JsonWebToken token)
    {
        try
        {
            using var header = System.Text.Json.JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedHeader));
            return header.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object || header.RootElement.TryGetProperty("crit", out _);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return true; // a header we cannot read is refused like one we do not understand
        }
    }

    private static JsonWebToken? Refuse(string reason, out string? failureReason)
    {
        failureReason = reason;
        return null;
    }
}
