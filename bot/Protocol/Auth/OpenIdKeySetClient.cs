using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// Fetches an OpenID metadata document, then its JWKS. The JWKS JSON is parsed here rather than through
/// OpenIdConnectConfiguration because Bot Framework keys carry an <c>endorsements</c> array it does not keep reliably.
/// </summary>
internal sealed partial class OpenIdKeySetClient(IHttpClientFactory httpClientFactory, ILogger<OpenIdKeySetClient> logger)
{
    public const string HttpClientName = "ServiceDesk.Bot.OpenIdMetadata";

    /// <summary>The key set, or null when it could not be fetched (logged).</summary>
    public async Task<SigningKeySet?> FetchAsync(string metadataAddress, CancellationToken cancellationToken)
    {
        try
        {
            using var metadata = await GetJsonAsync(metadataAddress, cancellationToken).ConfigureAwait(false);
            if (metadata is null) return null;
            var root = metadata.RootElement;
            var jwksUri = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("jwks_uri", out var j) && j.ValueKind == JsonValueKind.String
                ? j.GetString() : null;
            var issuer = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("issuer", out var i) && i.ValueKind == JsonValueKind.String
                ? i.GetString() : null;
            if (!LoopbackAddress.IsAcceptableMetadataAddress(jwksUri))
            {
                LogUnusableDocument(logger, metadataAddress, "jwks_uri missing or not https");
                return null;
            }

            using var jwks = await GetJsonAsync(jwksUri!, cancellationToken).ConfigureAwait(false);
            if (jwks is null) return null;
            var keys = ParseKeys(jwks.RootElement);
            LogKeysFetched(logger, metadataAddress, keys.Count);
            return new SigningKeySet(issuer, keys);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or ArgumentException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFetchFailed(logger, metadataAddress, e.GetType().Name);
            return null;
        }
    }

    private async Task<JsonDocument?> GetJsonAsync(string address, CancellationToken cancellationToken)
    {
        if (!LoopbackAddress.IsAcceptableMetadataAddress(address))
        {
            LogUnusableDocument(logger, address, "address is not https");
            return null;
        }
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(new Uri(address), HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogHttpStatus(logger, address, (int)response.StatusCode);
            return null;
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, SigningKey> ParseKeys(JsonElement root)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
            return keys;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object) continue;
            var key = new JsonWebKey(element.GetRawText());
            // Only RSA signing keys can verify the algorithms we accept.
            if (string.IsNullOrEmpty(key.Kid) || key.Kty != JsonWebAlgorithmsKeyTypes.RSA) continue;
            if (!string.IsNullOrEmpty(key.Use) && key.Use != JsonWebKeyUseNames.Sig) continue;
            keys[key.Kid] = new SigningKey(key, ReadEndorsements(element));
        }
        return keys;
    }

    private static string[] ReadEndorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing keys fetched from {MetadataAddress}: {KeyCount} keys")]
    private static partial void LogKeysFetched(ILogger logger, string metadataAddress, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing keys could not be fetched from {MetadataAddress}: {ErrorType}")]
    private static partial void LogFetchFailed(ILogger logger, string metadataAddress, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metadata request to {Address} answered HTTP {StatusCode}")]
    private static partial void LogHttpStatus(ILogger logger, string address, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metadata from {Address} not usable: {Reason}")]
    private static partial void LogUnusableDocument(ILogger logger, string address, string reason);
}
