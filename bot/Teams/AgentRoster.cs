using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Protocol;
using ServiceDesk.Bot.Protocol.Connector;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Teams;

/// <summary>One person on a team's roster; <see cref="Role"/> is Teams' <c>userRole</c> (owner, user, guest), often unset.</summary>
internal sealed record RosterMember(string Id, string? AadObjectId, string? Name, string? Role)
{
    public bool Is(Person person) =>
        string.Equals(Id, person.Id, StringComparison.OrdinalIgnoreCase)
        || (AadObjectId is not null && string.Equals(AadObjectId, person.AadObjectId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Team rosters read through the connector (<c>GET v3/conversations/{teamId}/pagedmembers</c>, every page), cached per
/// team for <see cref="AgentQueueOptions.RosterRefreshMinutes"/>. A roster that cannot be read keeps the last one
/// read. Owner checks always read afresh: they decide who may redirect every ticket.
/// </summary>
internal sealed partial class AgentRoster(
    IConnectorClient connector, IOptions<AgentQueueOptions> options, TimeProvider clock, ILogger<AgentRoster> logger) : ITeamRoster
{
    private const int PageSize = 500;
    public static readonly TimeSpan ForcedRefreshSpacing = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Snapshot> cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset lastForced = DateTimeOffset.MinValue;

    public async Task<TeamRole> RoleOfAsync(ConversationReference channel, Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(person);
        var members = await MembersAsync(channel.ServiceUrl, channel.TeamId ?? channel.ConversationId, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        var member = members?.FirstOrDefault(m => m.Is(person));
        return members is null ? TeamRole.Unknown
            : member is null ? TeamRole.NotMember
            : string.Equals(member.Role, "owner", StringComparison.OrdinalIgnoreCase) ? TeamRole.Owner
            : TeamRole.Member;
    }

    /// <summary>How old a cached roster may be for an ordinary look-up.</summary>
    public TimeSpan RefreshAfter => TimeSpan.FromMinutes(options.Value.RosterRefreshMinutes);

    /// <summary>The team's members, read again if the cached roster is <paramref name="maxAge"/> old or more; null when never read.</summary>
    public async Task<IReadOnlyList<RosterMember>?> MembersAsync(string serviceUrl, string teamId, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var key = serviceUrl.TrimEnd('/') + "|" + teamId;
        if (cache.TryGetValue(key, out var cached) && clock.GetUtcNow() - cached.ReadAt < maxAge)
        {
            return cached.Members;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have read it while this one waited.
            if (cache.TryGetValue(key, out cached) && clock.GetUtcNow() - cached.ReadAt < maxAge)
            {
                return cached.Members;
            }

            var read = await ReadAsync(serviceUrl, teamId, cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return cached?.Members;
            }

            cache[key] = new Snapshot(read, clock.GetUtcNow());
            LogRead(teamId, read.Count);
            return read;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Whether an unknown person may force a re-read now (of rosters older than <see cref="ForcedRefreshSpacing"/>):
    /// at most once a minute, so someone who is not an agent clicking away cannot make the bot hammer Teams.
    /// </summary>
    public bool TryStartForcedRefresh()
    {
        var now = clock.GetUtcNow();
        lock (cache)
        {
            if (now - lastForced < ForcedRefreshSpacing)
            {
                return false;
            }

            lastForced = now;
            return true;
        }
    }

    private async Task<List<RosterMember>?> ReadAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var members = new List<RosterMember>();
        string? token = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, teamId, PageSize, token, cancellationToken).ConfigureAwait(false);
            if (!page.Succeeded || page.Value is null)
            {
                LogReadFailed(teamId, page.Failure, page.StatusCode);
                return null;
            }

            members.AddRange(page.Value.Members.Where(m => !string.IsNullOrEmpty(m.Id)).Select(Member));
            token = page.Value.ContinuationToken;
        }
        while (token is not null);
        return members;
    }

    private static RosterMember Member(ChannelAccount account) =>
        new(account.Id!, account.AadObjectId, account.Name, RoleOf(account));

    /// <summary>Teams' <c>userRole</c> (not the activity schema's <c>role</c>, which says user or bot).</summary>
    private static string? RoleOf(ChannelAccount account) =>
        account.Extra is { } extra && extra.TryGetValue("userRole", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Snapshot(IReadOnlyList<RosterMember> Members, DateTimeOffset ReadAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Roster of team {TeamId} read: {Count} members")]
    private partial void LogRead(string teamId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster of team {TeamId} could not be read: {Failure} (status {Status}); keeping the last one read")]
    private partial void LogReadFailed(string teamId, ConnectorFailure failure, int? status);
}
