using System.ComponentModel.DataAnnotations;

namespace ServiceDesk.Infra.Graph;

/// <summary>
/// Microsoft Graph (section <c>Graph</c>): off by default, the configured directory answers then. On, the app's own
/// identity (client credentials) reads the directory. Without <see cref="ClientId"/> the bot's app registration
/// (<c>Bot:AppId</c>, <c>Bot:TenantId</c>, <c>Bot:ClientSecret</c> or certificate, or its managed identity) is reused.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string PublicBaseUrl = "https://graph.microsoft.com/v1.0";

    public bool Enabled { get; set; }

    /// <summary>The Entra tenant whose directory is read; default <c>Bot:TenantId</c>.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration granted the Graph permissions; default <c>Bot:AppId</c>.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>A user-assigned managed identity's client id; set, no secret is used.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long a profile, a manager or a group's owners are kept in the store before Graph is asked again.</summary>
    [Range(1, 10_080, ErrorMessage = "Graph:CacheMinutes must be between 1 and 10080 (a week).")]
    public int CacheMinutes { get; set; } = 60;

    /// <summary>How far up the chain a disabled manager is passed over before the fallback approver decides.</summary>
    [Range(1, 20, ErrorMessage = "Graph:MaxManagerHops must be between 1 and 20.")]
    public int MaxManagerHops { get; set; } = 5;

    /// <summary>The longest a directory question may take, retries included, before the answer is "unavailable".</summary>
    [Range(1, 120, ErrorMessage = "Graph:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// How often the accounts disabled or deleted in Entra are read (users delta query, <c>User.Read.All</c>) and the
    /// access the service desk granted them by itself removed; 0 turns the check off.
    /// </summary>
    [Range(0, 10_080, ErrorMessage = "Graph:LeaversIntervalMinutes must be between 0 (off) and 10080 (a week).")]
    public int LeaversIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// Install the service desk's Teams app for the people of an announcement's audience who never opened it
    /// (<c>TeamsAppInstallation.ReadWriteForUser.All</c>), so their 1:1 chat can be created and the announcement reaches them.
    /// </summary>
    public bool InstallApp { get; set; }

    /// <summary>The app's id in the organisation's Teams app catalogue (Teams admin center → Manage apps → the app → App ID).</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Tests only: a fake Graph on a loopback address (http allowed there). Leave empty in production.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The Entra authority; change only for a government cloud.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The Graph root requests go to (a method: option validators read every property, and a bad URL throws).</summary>
    public Uri BaseUri() => new((string.IsNullOrWhiteSpace(BaseUrl) ? PublicBaseUrl : BaseUrl).TrimEnd('/'));
}
