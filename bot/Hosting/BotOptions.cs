using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Bot.Hosting;

public enum BotAppType { MultiTenant, SingleTenant, UserAssignedMSI }

/// <summary>
/// The bot's identity and protocol settings (section <c>Bot</c>). Validated at start: a bad combination
/// stops the app with a message naming the setting.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Azure Bot's Microsoft App ID (for UserAssignedMSI: the managed identity's client id).</summary>
    public string? AppId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>The bot's own Entra tenant (SingleTenant and UserAssignedMSI).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret for outbound tokens (or set a certificate).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX/PEM certificate with private key for outbound tokens, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Explicit opt-in for the Agents Playground: no inbound token checked, no outbound token sent.
    /// Even then, only requests from a loopback address are served.
    /// </summary>
    public bool AllowUnauthenticatedLocal { get; set; }

    /// <summary>Tenants served. Empty: only <see cref="TenantId"/> (or any tenant in unauthenticated local mode).</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Bot Framework channel OpenID metadata (government clouds and tests override it).</summary>
    [Required]
    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Channel token issuer.</summary>
    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra ID OpenID metadata; <c>{tenant}</c> is replaced by the token's tenant or <c>common</c>.</summary>
    [Required]
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>How long fetched signing keys are used before they are fetched again (Microsoft's default: 12 h).</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Least time between two refreshes forced by a token signed with an unknown key id (Microsoft's default: 5 min).
    /// </summary>
    public TimeSpan SigningKeyForcedRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entra authority host for outbound tokens.</summary>
    [Required]
    public string EntraAuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Scope for outbound connector tokens.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts a bearer token may be sent to. A leading <c>*.</c> matches subdomains.</summary>
    public List<string> ConnectorHosts { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>Largest request body accepted on /api/messages.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Time budget of one turn, under Teams' 15 s.</summary>
    [Range(1, 14)]
    public int TurnBudgetSeconds { get; set; } = 12;
}
