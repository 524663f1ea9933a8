using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using ServiceDesk.Bot.Tests.Api;
using ServiceDesk.Bot.Tests.Auth;

namespace ServiceDesk.Bot.Tests.Dashboard;

/// <summary>What the fake Entra's token endpoint gives for the next sign-in.</summary>
public enum FakeEntraToken
{
    Valid,
    Expired,

    /// <summary>Signed by a key the authority does not publish.</summary>
    Forged,
}

/// <summary>
/// Entra ID on 127.0.0.1 for a browser signing in: OpenID metadata and keys, an authorize endpoint that signs in
/// <see cref="NextPerson"/> at once and redirects back with a code, and a token endpoint that gives an access token only
/// for that code, the same client and redirect URI, and the PKCE verifier whose SHA-256 the authorize request carried.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string ClientId = "c0ffee00-1234-4abc-8def-001122334455";
    public const string Scope = SeededDesk.Audience + "/access_as_user";

    private readonly TestSigningKey _published = new("entra-key-1", 0);
    private readonly TestSigningKey _unpublished = new("entra-key-1", 1);
    private readonly ConcurrentDictionary<string, (string Challenge, string RedirectUri, string Oid)> _codes = new(StringComparer.Ordinal);
    private LoopbackServer _server = null!;
    private int _exchanges;
    private int _refusedExchanges;

    public string BaseAddress { get; private set; } = "";

    public string Authority => $"{BaseAddress}/{ApiAuthTests.Tenant}/v2.0";

    /// <summary>The person (object id) the next authorize request signs in.</summary>
    public string NextPerson { get; set; } = "";

    public FakeEntraToken NextToken { get; set; } = FakeEntraToken.Valid;

    /// <summary>Codes traded for a token (the verifier matched).</summary>
    public int Exchanges => Volatile.Read(ref _exchanges);

    /// <summary>Token requests refused (unknown or used code, another client or redirect URI, wrong verifier).</summary>
    public int RefusedExchanges => Volatile.Read(ref _refusedExchanges);

    public static async Task<FakeEntra> StartAsync()
    {
        var entra = new FakeEntra();
        entra._server = await LoopbackServer.StartAsync(entra.Map);
        entra.BaseAddress = entra._server.BaseUrl.TrimEnd('/');
        return entra;
    }

    /// <summary>A valid token of <paramref name="oid"/>, as the token endpoint gives it.</summary>
    public string TokenOf(string oid, FakeEntraToken kind = FakeEntraToken.Valid)
    {
        var claims = ApiAuthTests.Claims(audience: ClientId);
        claims["oid"] = oid;
        claims["scp"] = "access_as_user";
        var now = DateTime.UtcNow;
        return kind == FakeEntraToken.Expired
            ? TestTokens.Mint(_published.SecurityKey, claims, notBefore: now.AddHours(-2), expires: now.AddHours(-1))
            : TestTokens.Mint((kind == FakeEntraToken.Forged ? _unpublished : _published).SecurityKey, claims);
    }

    private void Map(WebApplication app)
    {
        var tenant = ApiAuthTests.Tenant;
        app.MapGet($"/{tenant}/v2.0/.well-known/openid-configuration", (HttpContext http) => Json(http, new JsonObject
        {
            ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
            ["jwks_uri"] = $"{BaseAddress}/{tenant}/discovery/v2.0/keys",
            ["authorization_endpoint"] = $"{BaseAddress}/{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{BaseAddress}/{tenant}/oauth2/v2.0/token",
        }));
        app.MapGet($"/{tenant}/discovery/v2.0/keys", (HttpContext http) => Json(http, new JsonObject { ["keys"] = new JsonArray(_published.ToJwk()) }));
        app.MapGet($"/{tenant}/oauth2/v2.0/authorize", Authorize);
        app.MapPost($"/{tenant}/oauth2/v2.0/token", (HttpRequest request) => TokenAsync(request.HttpContext));
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["scope"] != Scope
            || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["state"])
            || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirect))
        {
            return Results.BadRequest("AADSTS900144: a parameter is missing or wrong.");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
        _codes[code] = (query["code_challenge"]!, redirect.ToString(), NextPerson);
        return Results.Redirect($"{redirect}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(query["state"]!)}");
    }

    private async Task<IResult> TokenAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var verifier = form["code_verifier"].ToString();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || !_codes.TryRemove(form["code"].ToString(), out var issued)
            || form["redirect_uri"] != issued.RedirectUri || verifier.Length < 43
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != issued.Challenge)
        {
            Interlocked.Increment(ref _refusedExchanges);
            return Json(http, new JsonObject { ["error"] = "invalid_grant" }, StatusCodes.Status400BadRequest);
        }

        Interlocked.Increment(ref _exchanges);
        return Json(http, new JsonObject
        {
            ["token_type"] = "Bearer", ["scope"] = Scope, ["expires_in"] = 3600, ["access_token"] = TokenOf(issued.Oid, NextToken),
        });
    }

    // Entra answers a single-page application's cross-origin requests (metadata, token) with CORS headers.
    private static IResult Json(HttpContext http, JsonObject body, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.AccessControlAllowOrigin = http.Request.Headers.Origin.Count > 0 ? http.Request.Headers.Origin.ToString() : "*";
        return Results.Text(body.ToJsonString(), "application/json", statusCode: status);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
