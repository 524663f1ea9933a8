namespace ServiceDesk.Bot.Dashboard;

/// <summary>
/// Section <c>Dashboard</c>: who sees the dashboard besides the agents (the queues' team members) and
/// <c>Agents:Administrators</c>: people whose Entra token carries one of <see cref="Roles"/> (app roles, the
/// <c>roles</c> claim) or <see cref="Groups"/> (group object ids, the <c>groups</c> claim), e.g. IT managers.
/// </summary>
internal sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public List<string> Roles { get; set; } = [];

    public List<string> Groups { get; set; } = [];
}
