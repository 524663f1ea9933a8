namespace ServiceDesk.Bot.Dashboard;

/// <summary>
/// Section <c>Dashboard</c>: who sees the dashboard besides the agents (the queues' team members) and
/// <c>Agents:Administrators</c>: people whose Entra token carries one of <see cref="Roles"/> (app roles, the
/// <c>roles</c> claim) or <see cref="Groups"/> (group object ids, the <c>groups</c> claim), e.g. IT managers; and the
/// browser's Entra sign-in (<see cref="SignIn"/>).
/// </summary>
internal sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public List<string> Roles { get; set; } = [];

    public List<string> Groups { get; set; } = [];

    public DashboardSignInOptions SignIn { get; set; } = new();
}

/// <summary>
/// Section <c>Dashboard:SignIn</c>: a browser signs in with Entra ID (authorization code flow with PKCE, the app
/// registration's single-page application redirect URI <c>https://&lt;bot host&gt;/dashboard</c>) for an access token to
/// the app's own API, validated as the tab's single sign-on token. Off unless <see cref="Enabled"/>: without the
/// redirect URI registered, Entra would stop every browser on an error page, where the API key still works.
/// </summary>
internal sealed class DashboardSignInOptions
{
    public bool Enabled { get; set; }

    /// <summary>The app registration's client id; defaults to the id <c>Api:Entra:Audience</c> ends with (<c>api://host/{id}</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The scope asked for; defaults to <c>{Api:Entra:Audience}/access_as_user</c>, the tab's own.</summary>
    public string? Scope { get; set; }
}
