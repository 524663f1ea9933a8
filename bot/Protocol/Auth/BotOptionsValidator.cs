using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Auth;

/// <summary>
/// Start-time checks of the bot's identity: a missing or contradictory setting stops the app with a message naming it,
/// rather than every request failing with 401 later.
/// </summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            if (!options.AllowUnauthenticatedLocal)
                failures.Add("Bot:AppId is missing. Set Bot:AppId to the Azure Bot's Microsoft App ID, or set Bot:AllowUnauthenticatedLocal=true for local use with the Agents Playground (loopback only).");
        }
        else
        {
            if (options.AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.TenantId))
                failures.Add($"Bot:TenantId is missing. Bot:AppType {options.AppType} needs Bot:TenantId, the bot's Entra tenant id.");
            // Only configured tenants are served: a multi-tenant bot must say which ones.
            if (options.AppType is BotAppType.MultiTenant && string.IsNullOrWhiteSpace(options.TenantId) && options.AllowedTenants.Count == 0)
                failures.Add("Bot:AllowedTenants is empty. A MultiTenant bot serves only the tenants listed in Bot:AllowedTenants (or Bot:TenantId).");
            if (options.AppType is BotAppType.SingleTenant or BotAppType.MultiTenant
                && string.IsNullOrWhiteSpace(options.ClientSecret) && string.IsNullOrWhiteSpace(options.CertificatePath))
                failures.Add($"Bot:ClientSecret or Bot:CertificatePath is missing. Bot:AppType {options.AppType} needs one of them to obtain outbound tokens (or use Bot:AppType UserAssignedMSI).");
        }

        if (!Uri.TryCreate(options.EntraAuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            failures.Add("Bot:EntraAuthorityHost must be an absolute https URL.");
        if (!LoopbackAddress.IsAcceptableMetadataAddress(options.BotFrameworkOpenIdMetadataUrl))
            failures.Add("Bot:BotFrameworkOpenIdMetadataUrl must be an absolute https address (http only on a loopback host).");
        if (!LoopbackAddress.IsAcceptableMetadataAddress(options.EntraOpenIdMetadataUrl?.Replace("{tenant}", "common", StringComparison.Ordinal)))
            failures.Add("Bot:EntraOpenIdMetadataUrl must be an absolute https address (http only on a loopback host); {tenant} stands for the tenant id.");
        if (options.SigningKeyRefreshInterval <= TimeSpan.Zero || options.SigningKeyRefreshInterval > TimeSpan.FromDays(1))
            failures.Add("Bot:SigningKeyRefreshInterval must be more than zero and at most one day (keys must be refreshed at least daily).");
        if (options.SigningKeyForcedRefreshInterval < TimeSpan.Zero)
            failures.Add("Bot:SigningKeyForcedRefreshInterval must not be negative.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
