using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>A local RSA key, published as a JWK (with Bot Framework endorsements) and used to mint test tokens.</summary>
internal sealed class TestSigningKey
{
    /// <summary>
    /// Generating 2048-bit keys is slow on a busy machine: four key pairs serve every test. They live as long as the
    /// process because IdentityModel caches signature providers by key material, across tests.
    /// </summary>
    private static readonly Lazy<RSA>[] Material = [.. Enumerable.Range(0, 4).Select(_ => new Lazy<RSA>(() => RSA.Create(2048)))];

    private readonly RSA _rsa;

    /// <param name="material">Which of the shared key pairs (0-3); keys meant to differ must use different ones.</param>
    public TestSigningKey(string kid, int material, params string[] endorsements)
    {
        _rsa = Material[material].Value;
        Kid = kid;
        Endorsements = endorsements;
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, under this key's id, for signing.</summary>
    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = Kid };

    public string PublicKeyPem => _rsa.ExportSubjectPublicKeyInfoPem();

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0) jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        return jwk;
    }

}
