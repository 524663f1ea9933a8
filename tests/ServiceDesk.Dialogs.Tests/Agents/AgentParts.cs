using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>The agents' side's real parts over in-memory ports, for flow and router harnesses.</summary>
internal static class AgentParts
{
    public static IncidentCatalogue Catalogue { get; } = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));

    public static AgentTicketCard Cards { get; } = new(Catalogue);

    public static TicketNotifier Notifier(
        ITicketStore tickets, IAgentQueue? queue = null, IUserProfileStore? profiles = null, ServiceLevelOptions? serviceLevels = null) =>
        new(tickets, queue ?? FakeAgentQueue.None(), profiles ?? new InMemoryUserProfiles(), Cards,
            Microsoft.Extensions.Options.Options.Create(serviceLevels ?? new ServiceLevelOptions()), NullLogger<TicketNotifier>.Instance);

    public static AgentChannel Channel(ITicketStore tickets, IAgentQueue? queue = null, IEnumerable<IAgentCommand>? commands = null, TimeProvider? clock = null)
    {
        var q = queue ?? FakeAgentQueue.None();
        return new(tickets, q, Notifier(tickets, q), commands ?? [], clock ?? TimeProvider.System);
    }
}
