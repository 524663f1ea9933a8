using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace ServiceDesk.Infra.Graph;

/// <summary>The app-only identity Graph is called with (client credentials); tests register their own.</summary>
internal sealed record GraphCredential(TokenCredential Value)
{
    public static GraphCredential From(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return new(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)));
        }

        var authority = new Uri(options.AuthorityHost);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                options.CertificatePath, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            return new(new ClientCertificateCredential(options.TenantId, options.ClientId, certificate,
                new ClientCertificateCredentialOptions { AuthorityHost = authority }));
        }

        return new(new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = authority }));
    }
}
