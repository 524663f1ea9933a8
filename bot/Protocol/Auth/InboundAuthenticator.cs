using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// Phase one of inbound authentication (docs/protocol.md §1): the unvalidated <c>iss</c> picks the Bot Framework
/// channel path or the Entra ID path; the claims that need the activity are captured for
/// <see cref="InboundAuthResult.Accepts"/>.
/// </summary>
internal sealed partial class InboundAuthenticator(
    SigningKeyCache signingKeys, IOptions<BotOptions> options, ILogger<InboundAuthenticator> logger) : IInboundAuthenticator
{
    /// <summary>The Bot Framework's own tenants, which sign tokens for every bot (Emulator, bot-to-bot, Playground).</summary>
    internal static readonly IReadOnlyList<string> BotFrameworkTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var tenants = ServedTenants(settings);
        if (settings.AllowUnauthenticatedLocal)
        {
            if (!LoopbackAddress.IsLoopback(remoteAddress)) return Fail("unauthenticated local mode serves loopback callers only");
            // A token is still checked when it can be (an app id to check its audience against).
            if (string.IsNullOrEmpty(authorizationHeader) || string.IsNullOrEmpty(settings.AppId))
                return new InboundAuthResult(true, null, InboundCaller.UnauthenticatedLocal, AllowedTenants: tenants);
        }
        if (string.IsNullOrEmpty(settings.AppId)) return Fail("no app id configured");

        var token = JwtChecks.ReadBearer(authorizationHeader, out var unreadable);
        if (token is null) return Fail(unreadable!);
        return string.Equals(token.Issuer, settings.BotFrameworkIssuer, StringComparison.Ordinal)
            ? await ChannelAsync(token, settings, tenants, cancellationToken).ConfigureAwait(false)
            : await EntraAsync(token, settings, tenants, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboundAuthResult> ChannelAsync(JsonWebToken token, BotOptions settings, IReadOnlyCollection<string>? tenants, CancellationToken cancellationToken)
    {
        var lookup = await signingKeys.FindAsync(settings.BotFrameworkOpenIdMetadataUrl, token.Kid, cancellationToken).ConfigureAwait(false);
        if (lookup.Key is null) return Fail(lookup.FailureReason!);
        var invalid = await JwtChecks.ValidateAsync(token, lookup.Key.Key, [settings.BotFrameworkIssuer], [settings.AppId!]).ConfigureAwait(false);
        if (invalid is not null) return Fail(invalid);
        // Checked against the activity's serviceUrl by Accepts, once the body is parsed.
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
            return Fail("token has no serviceurl claim");
        return new InboundAuthResult(true, null, InboundCaller.BotFrameworkChannel, serviceUrl, lookup.Key.Endorsements, tenants);
    }

    private async Task<InboundAuthResult> EntraAsync(JsonWebToken token, BotOptions settings, IReadOnlyCollection<string>? tenants, CancellationToken cancellationToken)
    {
        var appId = settings.AppId!;
        // Unvalidated claims may only refuse here; they are trusted once the signature checks out below.
        if (!token.TryGetPayloadValue<string>("tid", out var tid) || !Guid.TryParse(tid, out _)) return Fail("token has no tenant id");
        if (!EntraTenants(settings).Contains(tid, StringComparer.OrdinalIgnoreCase)) return Fail("token tenant not accepted");
        token.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch { "1.0" => "appid", "2.0" => "azp", _ => null };
        if (appIdClaim is null) return Fail("token version not accepted");
        if (!token.TryGetPayloadValue<string>(appIdClaim, out var caller) || !string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase))
            return Fail("token app id not accepted");

        var address = settings.EntraOpenIdMetadataUrl.Replace("{tenant}", tid, StringComparison.Ordinal);
        var lookup = await signingKeys.FindAsync(address, token.Kid, cancellationToken).ConfigureAwait(false);
        if (lookup.Key is null) return Fail(lookup.FailureReason!);
        List<string> issuers = [$"https://sts.windows.net/{tid}/", $"https://login.microsoftonline.com/{tid}/v2.0"];
        // The metadata's own issuer keeps sovereign clouds working (common metadata spells it with {tenantid}).
        if (lookup.Set?.Issuer is { Length: > 0 } published) issuers.Add(published.Replace("{tenantid}", tid, StringComparison.Ordinal));
        var invalid = await JwtChecks.ValidateAsync(token, lookup.Key.Key, issuers, [appId, $"api://{appId}", $"api://botid-{appId}"]).ConfigureAwait(false);
        return invalid is null ? new InboundAuthResult(true, null, InboundCaller.EntraId, AllowedTenants: tenants) : Fail(invalid);
    }

    /// <summary>Tenants whose Entra tokens are accepted: the Bot Framework's, and the bot's own when it has one.</summary>
    private static IEnumerable<string> EntraTenants(BotOptions settings) =>
        settings.AppType != BotAppType.MultiTenant && !string.IsNullOrEmpty(settings.TenantId)
            ? [.. BotFrameworkTenants, settings.TenantId]
            : BotFrameworkTenants;

    /// <summary>Tenants served: the allow-list, else the bot's tenant, else (no tenant configured) any.</summary>
    private static string[]? ServedTenants(BotOptions settings) =>
        settings.AllowedTenants.Count > 0 ? [.. settings.AllowedTenants]
        : !string.IsNullOrEmpty(settings.TenantId) ? [settings.TenantId]
        : null;

    private InboundAuthResult Fail(string reason)
    {
        LogRefused(logger, reason);
        return InboundAuthResult.Fail(reason);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbound request not authenticated: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
