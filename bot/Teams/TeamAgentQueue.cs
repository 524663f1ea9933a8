using Microsoft.Extensions.Options;
using ServiceDesk.Bot.Hosting;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Teams;

/// <summary>
/// The queues and their agents. A queue is chosen per category from the setup card (stored) or in configuration
/// (<c>Agents:Queues</c>); for one category the stored choice wins (storage first: an owner's click is the latest
/// word), and configuration fills the categories nobody chose. The agents are the members of the queues' teams.
/// </summary>
internal sealed class TeamAgentQueue(IQueueStore store, AgentRoster roster, IOptions<AgentQueueOptions> options, IOptions<BotOptions> bot)
    : IAgentQueue
{
    public async Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken)
    {
        var queues = await QueuesAsync(cancellationToken).ConfigureAwait(false);
        var wanted = QueueCategories.Normalize(category);
        return queues.FirstOrDefault(q => wanted is not null && q.Category == wanted)
            ?? queues.FirstOrDefault(q => q.Category is null);
    }

    public async Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var teams = Teams(await QueuesAsync(cancellationToken).ConfigureAwait(false));
        if ((await MembersAsync(teams, roster.RefreshAfter, cancellationToken).ConfigureAwait(false)).Any(m => m.Is(person)))
        {
            return true;
        }

        // Someone just added to the team: read rosters over a minute old again, at most once a minute whoever asks.
        return roster.TryStartForcedRefresh()
            && (await MembersAsync(teams, AgentRoster.ForcedRefreshSpacing, cancellationToken).ConfigureAwait(false)).Any(m => m.Is(person));
    }

    public async Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        var teams = Teams(await QueuesAsync(cancellationToken).ConfigureAwait(false));
        var members = await MembersAsync(teams, roster.RefreshAfter, cancellationToken).ConfigureAwait(false);
        return [.. members
            .DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase)
            .OrderBy(m => m.Name ?? m.Id, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => new TicketPerson(m.Id, m.AadObjectId, m.Name))];
    }

    /// <summary>Every queue in effect, one per category, with the language of whoever chose it (for warnings).</summary>
    internal async Task<IReadOnlyList<QueueChannel>> QueuesAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var blocked = await store.ListBlockedAsync(cancellationToken).ConfigureAwait(false);
        var byCategory = new Dictionary<string, QueueChannel>(StringComparer.OrdinalIgnoreCase);
        foreach (var configured in options.Value.Queues)
        {
            var category = QueueCategories.Normalize(configured.Category);
            byCategory.TryAdd(category ?? "*", new QueueChannel(Reference(configured), category, Locale: configured.Locale, TimeZone: configured.TimeZone));
        }

        foreach (var setting in stored)
        {
            byCategory[setting.Category ?? "*"] = new QueueChannel(setting.Channel, setting.Category, Locale: setting.Locale, TimeZone: setting.TimeZone);
        }

        return [.. byCategory.Values.Select(q => q with { Blocked = blocked.Contains(q.Channel.ConversationId) })];
    }

    /// <summary>A channel named in configuration, addressed like one chosen from the card.</summary>
    internal ConversationReference Reference(ConfiguredQueue configured) => configured.Reference(bot.Value.AppId);

    private static List<ConversationReference> Teams(IReadOnlyList<QueueChannel> queues) =>
        [.. queues.Select(q => q.Channel).Where(c => !string.IsNullOrEmpty(c.TeamId)).DistinctBy(c => c.TeamId, StringComparer.OrdinalIgnoreCase)];

    private async Task<List<RosterMember>> MembersAsync(List<ConversationReference> teams, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var members = new List<RosterMember>();
        foreach (var team in teams)
        {
            members.AddRange(await roster.MembersAsync(team.ServiceUrl, team.TeamId!, maxAge, cancellationToken).ConfigureAwait(false) ?? []);
        }

        return members;
    }
}

