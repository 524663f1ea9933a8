using Microsoft.Extensions.Options;

namespace ServiceDesk.Infra.Graph;

/// <summary>Start-up checks of <see cref="GraphOptions"/> once defaults from <c>Bot</c> are applied; each names the setting.</summary>
internal sealed class GraphOptionsValidation : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.BaseUrl) && !IsAllowedBase(options.BaseUrl))
        {
            errors.Add("Graph:BaseUrl must be an absolute https address, or http on a loopback address (tests).");
        }

        if (options.InstallApp && !Guid.TryParse(options.TeamsAppCatalogId, out _))
        {
            errors.Add("Graph:TeamsAppCatalogId (the app's id in the organisation's Teams app catalogue, a GUID) is required when Graph:InstallApp is true.");
        }

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Graph:AuthorityHost must be an absolute https address.");
        }

        if (string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                errors.Add("Graph:ClientId (or Bot:AppId) is required when Graph:Enabled is true.");
            }

            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                errors.Add("Graph:TenantId (or Bot:TenantId) is required when Graph:Enabled is true.");
            }

            if (string.IsNullOrWhiteSpace(options.ClientSecret) && string.IsNullOrWhiteSpace(options.CertificatePath))
            {
                errors.Add("Graph:ClientSecret or Graph:CertificatePath (or the bot's) is required when Graph:Enabled is true, "
                    + "unless Graph:ManagedIdentityClientId is set.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsAllowedBase(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
