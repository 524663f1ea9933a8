using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using ServiceDesk.Bot.Hosting;

namespace ServiceDesk.Bot.Protocol.Connector;

/// <summary>The Azure.Identity credential for the bot's app type (docs/protocol.md §2).</summary>
internal static class ConnectorCredentialFactory
{
    /// <summary>Multi-tenant bots get tokens from the botframework.com tenant; single-tenant ones from their own.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public static TokenCredential Create(BotOptions options)
    {
        var appId = Require(options.AppId, "Bot:AppId");
        var authorityHost = new Uri(options.EntraAuthorityHost);
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId));
        }

        var tenant = TenantOf(options);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificateOptions = new ClientCertificateCredentialOptions { AuthorityHost = authorityHost };
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(tenant, appId, options.CertificatePath, certificateOptions)
                : new ClientCertificateCredential(tenant, appId, LoadPkcs12(options.CertificatePath, options.CertificatePassword), certificateOptions);
        }
        var secret = Require(options.ClientSecret, "Bot:ClientSecret or Bot:CertificatePath");
        return new ClientSecretCredential(tenant, appId, secret, new ClientSecretCredentialOptions { AuthorityHost = authorityHost });
    }

    /// <summary>The token tenant: using botframework.com for a single-tenant bot fails with AADSTS700016.</summary>
    public static string TenantOf(BotOptions options) =>
        options.AppType == BotAppType.MultiTenant ? MultiTenantAuthority : Require(options.TenantId, "Bot:TenantId");

    private static X509Certificate2 LoadPkcs12(string path, string password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);

    private static string Require(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{setting} is not set.") : value;
}
