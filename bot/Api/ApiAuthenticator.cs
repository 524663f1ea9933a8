using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceDesk.Bot.Protocol.Auth;

namespace ServiceDesk.Bot.Api;

/// <summary>
/// Who may call the API: a configured key in <c>X-Api-Key</c> (compared in constant time), or an Entra access token of
/// the configured tenant and audience, checked like inbound bot tokens (<see cref="JwtChecks"/>, shared key cache).
/// A key header that does not match is refused even if a token is also sent.
/// </summary>
internal sealed partial class ApiAuthenticator(IOptions<ApiOptions> options, SigningKeyCache signingKeys, ILogger<ApiAuthenticator> logger)
{
    public const string KeyHeader = "X-Api-Key";

    private readonly byte[][] keyHashes = [.. options.Value.Keys.Select(Hash)];

    /// <summary>Null when the caller is accepted, else a short reason (for the Debug log, never the credential).</summary>
    public async Task<string?> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) =>
        (await IdentifyAsync(request, applyRequiredRole: true, cancellationToken).ConfigureAwait(false)).Refusal;

    /// <summary>
    /// Who the caller is: a key holder, or the person (or daemon) of a valid token. <paramref name="applyRequiredRole"/>
    /// false leaves <c>Api:Entra:RequiredRole</c> out, for the dashboard, which decides who may see it by itself.
    /// </summary>
    public async Task<ApiCaller> IdentifyAsync(HttpRequest request, bool applyRequiredRole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (request.Headers.TryGetValue(KeyHeader, out var presented))
        {
            var accepted = keyHashes.Length > 0 && presented.Count == 1 && KeyMatches(presented.ToString());
            return accepted ? ApiCaller.KeyHolder : new ApiCaller(Refused("API key not accepted"), false, null);
        }

        if (settings.Entra is not { } entra)
        {
            return new ApiCaller(Refused("no API key"), false, null);
        }

        var token = JwtChecks.ReadBearer(request.Headers.Authorization.ToString(), out var unreadable);
        var refusal = Refused(token is null ? unreadable : await CheckTokenAsync(token, entra, applyRequiredRole, cancellationToken).ConfigureAwait(false));
        return new ApiCaller(refusal, false, refusal is null ? token : null);
    }

    private bool KeyMatches(string presented)
    {
        // Hashing first gives equal lengths, so neither the length nor the content of a key leaks through timing.
        var hash = Hash(presented);
        var matched = false;
        foreach (var key in keyHashes)
        {
            matched |= CryptographicOperations.FixedTimeEquals(hash, key);
        }

        return matched;
    }

    private async Task<string?> CheckTokenAsync(JsonWebToken token, ApiEntraOptions entra, bool applyRequiredRole, CancellationToken cancellationToken)
    {
        // Unvalidated claims may only refuse here; the signature check below makes them trustworthy.
        if (!token.TryGetPayloadValue<string>("tid", out var tid) || !string.Equals(tid, entra.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "token tenant not accepted";
        }

        var lookup = await signingKeys.FindAsync(entra.MetadataAddress, token.Kid, cancellationToken).ConfigureAwait(false);
        if (lookup.Key is null)
        {
            return lookup.FailureReason;
        }

        List<string> issuers = [$"https://sts.windows.net/{entra.TenantId}/", $"https://login.microsoftonline.com/{entra.TenantId}/v2.0"];
        if (lookup.Set?.Issuer is { Length: > 0 } published)
        {
            issuers.Add(published.Replace("{tenantid}", entra.TenantId, StringComparison.Ordinal));
        }

        var invalid = await JwtChecks.ValidateAsync(token, lookup.Key.Key, issuers, entra.Audiences).ConfigureAwait(false);
        if (invalid is not null)
        {
            return invalid;
        }

        return applyRequiredRole && entra.RequiredRole is { Length: > 0 } role && !HasRole(token, role) ? "token lacks the required role" : null;
    }

    internal static bool HasRole(JsonWebToken token, string role) =>
        token.TryGetPayloadValue<string[]>("roles", out var roles) && roles.Contains(role, StringComparer.Ordinal);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private string? Refused(string? reason)
    {
        if (reason is not null)
        {
            LogRefused(logger, reason);
        }

        return reason;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "API request not authenticated: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}

/// <summary>
/// An API caller: <see cref="Refusal"/> null when accepted; <see cref="ByKey"/> for a key holder; else the validated
/// <see cref="Token"/> (its claims say who the person is).
/// </summary>
internal sealed record ApiCaller(string? Refusal, bool ByKey, JsonWebToken? Token)
{
    public static readonly ApiCaller KeyHolder = new(null, true, null);
}
