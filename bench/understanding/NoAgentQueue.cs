using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Announcements;
using ServiceDesk.Dialogs.Announcements.Audiences;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The agents' queue is the Teams edge's (rosters, channels): none is set up here, as on a bot just installed, so
/// tickets are recorded and no agent is notified. Understanding does not depend on it.
/// </summary>
internal sealed class NoAgentQueue : IAgentQueue
{
    public Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken) => Task.FromResult<QueueChannel?>(null);

    public Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketPerson>>([]);
}

/// <summary>No team is read here: the queue setup card (the router's for an install in a team) is never clicked.</summary>
internal sealed class NoTeamRoster : ServiceDesk.Dialogs.Agents.Queue.ITeamRoster
{
    public Task<ServiceDesk.Dialogs.Agents.Queue.TeamRole> RoleOfAsync(ConversationReference channel, Person person, CancellationToken cancellationToken) =>
        Task.FromResult(ServiceDesk.Dialogs.Agents.Queue.TeamRole.Unknown);
}

/// <summary>No directory to ask for announcement audiences (Microsoft Graph off): understanding never declares an announcement.</summary>
internal sealed class NoAudienceDirectory : IAudienceDirectory
{
    public bool IsOn => false;

    public Task<AudienceCount> CountAsync(
        AnnouncementAudience audience, string value, CancellationToken cancellationToken) =>
        Task.FromResult(new AudienceCount(AudienceStatus.Off));

    public Task<AudiencePage> ListAsync(
        AnnouncementAudience audience, string value, string? next, int max, CancellationToken cancellationToken) =>
        Task.FromResult(AudiencePage.Failed(AudienceStatus.Off));
}

/// <summary>No app to install for announcement audiences (Microsoft Graph off).</summary>
internal sealed class NoAppInstaller : ITeamsAppInstaller
{
    public bool IsOn => false;

    public Task<AppInstall> InstallAsync(string objectId, CancellationToken cancellationToken) =>
        Task.FromResult(new AppInstall(InstallStatus.Off));
}
