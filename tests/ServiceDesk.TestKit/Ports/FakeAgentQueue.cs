using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.TestKit.Ports;

/// <summary>The agent queue port until the real one (roster-based) is merged: a fixed channel and a fixed list of agents.</summary>
internal sealed class FakeAgentQueue : IAgentQueue
{
    public static readonly ConversationReference General =
        new("https://smba.example/teams/", "19:general@thread.tacv2", "tenant-1", "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", "19:general@thread.tacv2");

    /// <summary>Where tickets go (null: no queue set up).</summary>
    public QueueChannel? Channel { get; set; } = new(General, null);

    public List<TicketPerson> Agents { get; } = [];

    /// <summary>An empty queue: no channel, nobody is an agent.</summary>
    public static FakeAgentQueue None() => new() { Channel = null };

    /// <summary>The categories asked for, in order.</summary>
    public List<string?> AskedCategories { get; } = [];

    public Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken)
    {
        AskedCategories.Add(category);
        return Task.FromResult(Channel);
    }

    public Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken) =>
        Task.FromResult(Agents.Any(a => a.Id == person.Id));

    public Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TicketPerson>>([.. Agents]);
}
