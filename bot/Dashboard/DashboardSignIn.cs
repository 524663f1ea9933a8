using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Api;

namespace ServiceDesk.Bot.Dashboard;

/// <summary>What the page needs to sign a browser in with Entra ID (nothing secret: a public client with PKCE).</summary>
internal sealed record DashboardSignInSettings(string Authority, string ClientId, string Scope);

/// <summary>
/// The browser's Entra sign-in, as configured (<see cref="Settings"/> null when off), and the page's content security
/// policy, which then lets the page reach the authority (its metadata and token endpoint) and nothing else.
/// </summary>
internal sealed class DashboardSignIn
{
    private const string Policy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft";

    public DashboardSignIn(IOptions<ApiOptions> api, IOptions<DashboardOptions> dashboard)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(dashboard);
        Settings = Of(api.Value.Entra, dashboard.Value.SignIn);
        ContentSecurityPolicy = Settings is null
            ? Policy
            : $"{Policy}; connect-src 'self' {new Uri(Settings.Authority).GetLeftPart(UriPartial.Authority)}";
    }

    public DashboardSignInSettings? Settings { get; }

    public string ContentSecurityPolicy { get; }

    /// <summary>Null when sign-in is off, or on without what it needs (start-up validation refuses that).</summary>
    internal static DashboardSignInSettings? Of(ApiEntraOptions? entra, DashboardSignInOptions signIn)
    {
        if (!signIn.Enabled || entra?.Audience is not { Length: > 0 } audience)
        {
            return null;
        }

        var clientId = signIn.ClientId is { Length: > 0 } configured ? configured : ClientIdOf(audience);
        return clientId is null ? null : new DashboardSignInSettings(entra.AuthorityAddress, clientId, signIn.Scope is { Length: > 0 } scope ? scope : audience.TrimEnd('/') + "/access_as_user");
    }

    /// <summary>The client id an audience names: itself, or the last segment of <c>api://host/{id}</c>.</summary>
    private static string? ClientIdOf(string audience) =>
        Guid.TryParse(audience[(audience.LastIndexOf('/') + 1)..], out var id) ? id.ToString() : null;
}
