using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Agents.Queue;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>The agents' side's real parts over in-memory ports, for flow and router harnesses.</summary>
internal static class AgentParts
{
    public static IncidentCatalogue Catalogue { get; } = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));

    public static AgentTicketCard Cards { get; } = new(
        Catalogue,
        Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Options()),
        Microsoft.Extensions.Options.Options.Create(Flows.RequestAccess.ShippedAccessCatalogue.Items()),
        Assist.NoLanguageModel.Instance);

    public static TicketNotifier Notifier(
        ITicketStore tickets, IAgentQueue? queue = null, IUserProfileStore? profiles = null, ServiceLevelOptions? serviceLevels = null,
        IUnroutedTickets? unrouted = null)
    {
        var q = queue ?? FakeAgentQueue.None();
        return new(tickets, q, profiles ?? new InMemoryUserProfiles(), Cards,
            Microsoft.Extensions.Options.Options.Create(serviceLevels ?? new ServiceLevelOptions()),
            unrouted ?? Unrouted(tickets, q), NullLogger<TicketNotifier>.Instance);
    }

    /// <summary>The unrouted tickets over <paramref name="store"/> (a new in-memory one by default) with a throw-away outbox unless given.</summary>
    public static UnroutedTickets Unrouted(
        ITicketStore tickets, IAgentQueue queue, IUnroutedStore? store = null, IOutboxStore? outbox = null, TimeProvider? clock = null) =>
        new(store ?? new InMemoryUnroutedStore(), tickets, queue, outbox ?? new InMemoryOutbox(), Cards,
            Microsoft.Extensions.Options.Options.Create(new ServiceLevelOptions()), clock ?? TimeProvider.System, NullLogger<UnroutedTickets>.Instance);

    public static AgentChannel Channel(ITicketStore tickets, IAgentQueue? queue = null, IEnumerable<IAgentCommand>? commands = null, TimeProvider? clock = null)
    {
        var q = queue ?? FakeAgentQueue.None();
        return new(tickets, q, Notifier(tickets, q), commands ?? [], Unrouted(tickets, q), clock ?? TimeProvider.System);
    }
}
