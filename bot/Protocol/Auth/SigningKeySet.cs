using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>A signing key from a JWKS with the channels it is endorsed for (Bot Framework keys only).</summary>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlyCollection<string> Endorsements);

/// <summary>The keys published at one OpenID metadata address, by key id.</summary>
internal sealed record SigningKeySet(string? Issuer, IReadOnlyDictionary<string, SigningKey> Keys)
{
    public SigningKey? Find(string keyId) => Keys.GetValueOrDefault(keyId);
}

/// <summary>A key lookup: the key, or why there is none.</summary>
internal sealed record SigningKeyLookup(SigningKey? Key, SigningKeySet? Set, string? FailureReason)
{
    public static SigningKeyLookup Found(SigningKey key, SigningKeySet set) => new(key, set, null);

    public static SigningKeyLookup Missing(string reason) => new(null, null, reason);
}
