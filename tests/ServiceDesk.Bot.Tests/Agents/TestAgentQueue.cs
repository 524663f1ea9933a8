using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Bot.Tests.Agents;

/// <summary>
/// The agent queue port until the roster-based one is merged: a fixed channel (null: none set up) and a fixed list of
/// agents. <see cref="Support.BotHostFactory"/> registers an empty one when the host has none.
/// </summary>
public sealed class TestAgentQueue(QueueChannel? channel, IReadOnlyList<TicketPerson> agents) : IAgentQueue
{
    public const string DefaultTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static TestAgentQueue Empty { get; } = new(null, []);

    /// <summary>A queue in <paramref name="channelId"/> of team <c>19:team@thread.tacv2</c> reached at <paramref name="serviceUrl"/>, worked by <paramref name="agents"/>.</summary>
    public static TestAgentQueue InChannel(string serviceUrl, string channelId, IReadOnlyList<TicketPerson> agents, string tenant = DefaultTenant) =>
        new(new QueueChannel(new ConversationReference(serviceUrl, channelId, tenant, "msteams", ConversationKind.Channel, "28:bot", "19:team@thread.tacv2", channelId), null), agents);

    public Task<QueueChannel?> ForCategoryAsync(string? category, CancellationToken cancellationToken) => Task.FromResult(channel);

    public Task<bool> IsAgentAsync(Person person, CancellationToken cancellationToken) =>
        Task.FromResult(agents.Any(a => a.Id == person.Id));

    public Task<IReadOnlyList<TicketPerson>> ListAgentsAsync(CancellationToken cancellationToken) => Task.FromResult(agents);
}

/// <summary>The SLA clock port until the business-hours one is merged: keeps the ticket's clock as it is.</summary>
public sealed class UnchangedSlaClock : ISlaClock
{
    public SlaState Start(Priority priority, DateTimeOffset openedAt) => new(openedAt.AddHours(4), openedAt.AddDays(3));

    public SlaState? Update(Ticket before, Ticket after, DateTimeOffset now) => after.Sla;

    public TimeSpan Counted(Priority priority, DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;
}
