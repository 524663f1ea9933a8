using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents;

/// <summary>
/// A channel where tickets start their thread. <see cref="Channel"/> addresses the channel itself
/// (conversation id = the channel's <c>19:…</c> id, kind Channel, team and channel ids set).
/// <see cref="Blocked"/>: Teams answered 403 (the bot was removed); tickets wait until someone sets a queue again.
/// <see cref="Locale"/>: the language of the cards and messages posted there (that of whoever chose the channel).
/// <see cref="TimeZone"/>: the zone of the dates on its cards (IANA id; that of whoever chose it, or configured; null: UTC).
/// </summary>
public sealed record QueueChannel(ConversationReference Channel, string? Category, bool Blocked = false, string Locale = "en-US", string? TimeZone = null);

/// <summary>Where tickets go and who works them: the agents are the members of the queue's team (roster cached and refreshed).</summary>
public interface IAgentQueue
{
    /// <summary>The queue for <paramref name="category"/>: that category's channel, else the default one; null when none is set up.</summary>
    Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="person"/> is an agent (a member of a queue's team).</summary>
    Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken);

    /// <summary>The agents, for "Assign to…".</summary>
    Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken);
}
