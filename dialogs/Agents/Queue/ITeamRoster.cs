using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Agents.Queue;

/// <summary>Someone's place in a team, as its roster says.</summary>
public enum TeamRole
{
    NotMember,
    Member,
    Owner,

    /// <summary>The roster could not be read (Teams unavailable, bot not in the team).</summary>
    Unknown,
}

/// <summary>A team's roster, read through Teams (implemented by the bot).</summary>
public interface ITeamRoster
{
    /// <summary>The role of <paramref name="person"/> in the team of <paramref name="channel"/> (read fresh, not from a cache).</summary>
    Task<TeamRole> RoleOfAsync(ConversationReference channel, Person person, CancellationToken cancellationToken);
}
