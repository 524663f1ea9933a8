using System.Collections.Concurrent;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.TestKit.Ports;

/// <summary>
/// The agent queue port of every test project: a fixed channel and a fixed list of agents, where the real one reads
/// Teams rosters. Safe in a running host (turns and workers ask it at once) as long as a test sets it up before use.
/// </summary>
internal sealed class FakeAgentQueue : IAgentQueue
{
    /// <summary>The tenant of <see cref="InChannel"/> queues unless a test names another.</summary>
    public const string DefaultTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static readonly ConversationReference General =
        new("https://smba.example/teams/", "19:general@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", "19:general@thread.tacv2");

    private readonly ConcurrentQueue<string?> asked = new();

    /// <summary>Where tickets go (null: no queue set up).</summary>
    public QueueChannel? Channel { get; set; } = new(General, null);

    public List<TicketPerson> Agents { get; } = [];

    /// <summary>An empty queue: no channel, nobody is an agent.</summary>
    public static FakeAgentQueue None() => new() { Channel = null };

    /// <summary>No queue channel, worked by <paramref name="agents"/> (who is an agent is all the dashboard and the API ask).</summary>
    public static FakeAgentQueue WithoutChannel(IEnumerable<TicketPerson> agents)
    {
        var queue = None();
        queue.Agents.AddRange(agents);
        return queue;
    }

    /// <summary>
    /// A queue in <paramref name="channelId"/> of team <c>19:team@thread.tacv2</c> reached at <paramref name="serviceUrl"/>
    /// (a fake connector's), worked by <paramref name="agents"/>.
    /// </summary>
    public static FakeAgentQueue InChannel(string serviceUrl, string channelId, IEnumerable<TicketPerson> agents, string tenant = DefaultTenant)
    {
        var queue = new FakeAgentQueue
        {
            Channel = new QueueChannel(
                new ConversationReference(serviceUrl, channelId, tenant, "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", channelId), null),
        };
        queue.Agents.AddRange(agents);
        return queue;
    }

    /// <summary>The categories asked for, in order.</summary>
    public IReadOnlyList<string?> AskedCategories => [.. asked];

    public Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken)
    {
        asked.Enqueue(category);
        return Task.FromResult(Channel);
    }

    public Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken) =>
        Task.FromResult(Agents.Any(a => a.Id == person.Id));

    public Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketPerson>>([.. Agents]);
}
