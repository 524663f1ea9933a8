using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Bot.Tests.Auth;

/// <summary>
/// A real HTTP server on 127.0.0.1 (the kit's <see cref="LoopbackServer"/>) standing in for login.botframework.com and login.microsoftonline.com:
/// OpenID metadata and JWKS, with the key sets swappable (rotation) and each JWKS fetch counted.
/// </summary>
internal sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private LoopbackServer? _server;
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);
    private volatile TestSigningKey[] _botFrameworkKeys = [];
    private volatile TestSigningKey[] _entraKeys = [];

    private OpenIdMetadataServer()
    {
    }

    public string BaseAddress { get; private set; } = "";

    public string BotFrameworkMetadataUrl => $"{BaseAddress}/botframework/openidconfiguration";

    public string EntraMetadataUrlTemplate => $"{BaseAddress}/entra/{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>Publish this jwks_uri in the Bot Framework metadata instead of the server's own.</summary>
    public string? BotFrameworkJwksUri { get; set; }

    /// <summary>Answer every request with HTTP 500 (issuer outage).</summary>
    public bool Failing { get; set; }

    private int _failNext;

    /// <summary>The next <paramref name="requests"/> requests answer 503, then the server answers again.</summary>
    public void FailNext(int requests) => Volatile.Write(ref _failNext, requests);

    public int BotFrameworkKeyFetches => _fetches.GetValueOrDefault("botframework");

    public int EntraKeyFetches(string tenant) => _fetches.GetValueOrDefault("entra/" + tenant);

    public void PublishBotFrameworkKeys(params TestSigningKey[] keys) => _botFrameworkKeys = keys;

    public void PublishEntraKeys(params TestSigningKey[] keys) => _entraKeys = keys;

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var server = new OpenIdMetadataServer();
        server._server = await LoopbackServer.StartAsync(server.Map);
        server.BaseAddress = server._server.BaseUrl.TrimEnd('/');
        return server;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (Failing || Interlocked.Decrement(ref _failNext) >= 0) context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            else await next(context);
        });
        app.MapGet("/botframework/openidconfiguration", () => Json(new JsonObject
        {
            ["issuer"] = TestTokens.BotFrameworkIssuer,
            ["jwks_uri"] = BotFrameworkJwksUri ?? $"{BaseAddress}/botframework/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/botframework/keys", () => KeySet("botframework", _botFrameworkKeys));
        app.MapGet("/entra/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Json(new JsonObject
        {
            ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
            ["jwks_uri"] = $"{BaseAddress}/entra/{tenant}/keys",
        }));
        app.MapGet("/entra/{tenant}/keys", (string tenant) => KeySet("entra/" + tenant, _entraKeys));
    }

    private IResult KeySet(string counter, TestSigningKey[] keys)
    {
        _fetches.AddOrUpdate(counter, 1, (_, n) => n + 1);
        return Json(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) });
    }

    private static IResult Json(JsonObject body) => Results.Text(body.ToJsonString(), "application/json");

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
