using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Outbox;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Agents;

/// <summary>"Talk to a human" through the real router: the ticket starts a thread in the queue, once.</summary>
public sealed class EscalationToQueueTests
{
    private readonly InMemoryTicketStore _tickets = new();
    private readonly InMemoryDialogStateStore _state = new();
    private readonly FakeTimeProvider _time = new(AgentTestData.Now);

    private Task<Turns.TurnResult> SendAsync(string text) =>
        RouterHarness.Build(
                new DialogSessions(_state, Microsoft.Extensions.Options.Options.Create(new DialogOptions()), _time, new StepCardLedger(_time)), [], [], _tickets,
                notifier: AgentParts.Notifier(_tickets, AgentTestData.AgentsQueue()))
            .HandleAsync(TurnFactory.Message("en-US", text), default);

    [Fact]
    public async Task TalkToAHuman_CreatesATicketWhoseCardStartsAThreadInTheQueue()
    {
        await SendAsync("talk to a human");

        var ticket = Assert.Single(_tickets.All);
        Assert.True(ticket.NeedsHuman);
        var draft = Assert.Single(_tickets.Outbox);
        Assert.Equal(($"{ticket.Number}/v1/queue-card", OutboxKind.NewChannelThread), (draft.IdempotencyKey, draft.Kind));
    }

    [Fact]
    public async Task TalkToAHuman_Twice_MakesOneTicket()
    {
        await SendAsync("talk to a human");
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await SendAsync("talk to a human");

        var ticket = Assert.Single(_tickets.All);
        Assert.Contains($"ticket {ticket.Number} is with the service desk", Assert.Single(second.Replies).Text, StringComparison.Ordinal);
        Assert.Single(_tickets.Outbox, d => d.Kind == OutboxKind.NewChannelThread);
    }

    [Fact]
    public async Task TalkToAHuman_AfterTheWindow_MakesANewTicket()
    {
        await SendAsync("talk to a human");
        _time.Advance(EscalationFlowWindow + TimeSpan.FromMinutes(1));
        await SendAsync("talk to a human");

        Assert.Equal(2, _tickets.All.Count);
    }

    [Fact]
    public async Task TalkToAHuman_FromTheIncidentForm_KeepsThePriorityItsAnswersGave()
    {
        var draft = new ServiceDesk.Dialogs.Flows.ReportIncident.IncidentState(ServiceDesk.Dialogs.Flows.ReportIncident.IncidentStep.Review)
        {
            Category = "network-vpn", Title = "VPN down", Impact = Impact.High, Urgency = Urgency.High,
        };
        var state = System.Text.Json.JsonSerializer.SerializeToElement(draft, DialogSessions.Json);
        var active = new ActiveDialog { Name = "report-incident", Id = "d1", State = state };
        var context = new DialogSessions(_state, Microsoft.Extensions.Options.Options.Create(new DialogOptions()), _time, new StepCardLedger(_time))
            .ContextFor(TurnFactory.Message("en-US", "talk to a human"));
        var flow = new ServiceDesk.Dialogs.Flows.Escalation.EscalationFlow(
            _tickets, PriorityMatrix.Default, Sla.SlaClocks.WallClock(), AgentParts.Notifier(_tickets, AgentTestData.AgentsQueue()));

        await flow.EscalateAsync(context, active, default);

        var ticket = Assert.Single(_tickets.All);
        Assert.Equal((Priority.P1, Impact.High, Urgency.High, "network-vpn"), (ticket.Priority, ticket.Impact, ticket.Urgency, ticket.Category));
    }

    [Fact]
    public async Task TalkToAHuman_WithNoFormInProgress_IsAP4()
    {
        await SendAsync("talk to a human");

        Assert.Equal(Priority.P4, Assert.Single(_tickets.All).Priority);
    }

    private static TimeSpan EscalationFlowWindow => ServiceDesk.Dialogs.Flows.Escalation.EscalationFlow.ReuseWindow;
}

/// <summary>Flow 1 through the real router: every incident's card starts a thread in its queue, written with the ticket.</summary>
public sealed class IncidentToQueueTests
{
    [Fact]
    public async Task ReportedIncident_StartsAThreadInTheQueue()
    {
        var harness = new RouterHarness().WithIncidentFlow(AgentTestData.AgentsQueue());
        var script = new Flows.ConversationScript(harness, "en-US");
        foreach (var line in new[] { "press: menu.reportIncident", "type: 3", "type: Printer jams on floor 2", "type: Every print jams in tray 2.", "type: 1", "type: 3", "press: incident.create" })
        {
            await script.DoAsync(line);
        }

        var ticket = Assert.Single(harness.Tickets.All);
        var draft = Assert.Single(harness.Tickets.Outbox);
        Assert.Equal(($"{ticket.Number}/v1/queue-card", OutboxKind.NewChannelThread, FakeAgentQueue.General), (draft.IdempotencyKey, draft.Kind, draft.Target));
        Assert.Contains("Printer jams on floor 2", draft.Payload, StringComparison.Ordinal);
    }
}
