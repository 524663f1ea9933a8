using ServiceDesk.Dialogs.Agents;
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
