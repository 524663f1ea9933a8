using System.Text.Json;
using System.Text.Json.Nodes;
using Moq;
using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>The handler over in-memory tickets, profiles and queue, a fixed clock, and one click on a stored ticket.</summary>
public abstract class AgentActionHandlerTestBase
{
    private protected readonly InMemoryTicketStore _tickets = new();
    private protected readonly InMemoryUserProfiles _profiles = new();
    private protected readonly FakeAgentQueue _queue = AgentsQueue();
    private protected readonly Mock<ISlaClock> _sla = new();

    private protected AgentActionHandlerTestBase()
    {
        _profiles.SaveAsync(JeanProfile(), default);
        _sla.Setup(s => s.Update(It.IsAny<Ticket>(), It.IsAny<Ticket>(), It.IsAny<DateTimeOffset>())).Returns((Ticket _, Ticket after, DateTimeOffset _) => after.Sla);
    }

    private protected AgentActionHandler Handler() =>
        new(_tickets, _queue, _sla.Object, AgentParts.Notifier(_tickets, _queue, _profiles), AgentParts.Cards, new FakeTimeProvider(Now));

    private protected async Task<(TurnResult Result, Ticket Stored)> ClickAsync(Ticket start, Turn click)
    {
        _tickets.Put(start);
        var result = await Handler().HandleAsync(click, default);
        return (result, (await _tickets.GetAsync(start.Number, default))!);
    }
}
