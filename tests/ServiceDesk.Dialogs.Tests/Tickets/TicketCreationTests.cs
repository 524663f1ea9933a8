using System.Text.Json;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Conversation;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Flows.Knowledge;
using ServiceDesk.Dialogs.Flows.ReportIncident;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Ports;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Tickets;

/// <summary>
/// A crash between the ticket's commit and the dialog's save leaves the dialog at its review step: the employee's next
/// "create" must answer with the ticket already made, not make a second one.
/// </summary>
public sealed class TicketCreationTests
{
    [Fact]
    public async Task Incident_CreateTypedAgainAfterACrashAfterTheCommit_AnswersWithTheFirstTicket()
    {
        var harness = new RouterHarness();
        var crashing = new CrashAfterCommit(harness.Tickets);
        harness.Dialogs.Add(IncidentFlow(harness, crashing));
        var script = await ToReviewAsync(harness);

        await Assert.ThrowsAsync<IOException>(() => script.DoAsync("type: create"));
        var outboxAfterCrash = harness.Tickets.Outbox.Count;
        var again = await script.DoAsync("type: create");

        Assert.Contains("Ticket INC-000001 created", ConversationScript.Text(again), StringComparison.Ordinal);
        Assert.Single(harness.Tickets.All);
        Assert.Equal(outboxAfterCrash, harness.Tickets.Outbox.Count); // the queue card went out once, with the ticket
        Assert.Null(await harness.Store.GetAsync("a:jean", "29:jean", default)); // and the dialog is over now
    }

    [Fact]
    public async Task Incident_CreatePressedOnTheRefreshedCardAfterACrash_AnswersWithTheFirstTicket()
    {
        var harness = new RouterHarness();
        harness.Dialogs.Add(IncidentFlow(harness, new CrashAfterCommit(harness.Tickets)));
        var script = await ToReviewAsync(harness);

        await Assert.ThrowsAsync<IOException>(() => script.DoAsync("press: incident.create"));
        // The card pressed before the crash is now one version behind: the bot shows the review again.
        await script.PlayAsync(("press: incident.create", "This card is out of date"), ("press: incident.create", "Ticket INC-000001 created"));

        Assert.Single(harness.Tickets.All);
    }

    [Fact]
    public async Task Incident_WithoutACrash_StillCreatesOneTicketPerDialog()
    {
        var harness = new RouterHarness().WithIncidentFlow();

        await (await ToReviewAsync(harness)).PlayAsync(("type: create", "Ticket INC-000001 created"));
        await (await ToReviewAsync(harness)).PlayAsync(("type: create", "Ticket INC-000002 created"));

        Assert.Equal(2, harness.Tickets.All.Count);
        Assert.Equal(2, harness.Tickets.All.Select(t => t.DraftKey).Distinct().Count());
    }

    [Fact]
    public async Task AccessRequest_YesTypedAgainAfterACrashAfterTheCommit_AnswersWithTheFirstRequest()
    {
        var h = new AccessHarness();
        var crashing = new CrashAfterCommit(h.Tickets);
        await h.StartAsync("en-US");
        foreach (var answer in new[] { "I need the CRM", "contrib", "I join the sales team on Monday and will follow up customer accounts.", "3/31/2027" })
        {
            await h.TypeAsync("en-US", answer);
        }

        await Assert.ThrowsAsync<IOException>(() => AccessRouter(h, crashing).HandleAsync(TypedTurn(h, "yes"), default));
        var outboxAfterCrash = h.Tickets.Outbox.Count;
        var again = await AccessRouter(h, crashing).HandleAsync(TypedTurn(h, "yes"), default);

        Assert.Contains("Your request REQ-000001 is sent to Marie Martin", ConversationScript.Text(again), StringComparison.Ordinal);
        Assert.Single(h.Tickets.All);
        Assert.Equal(outboxAfterCrash, h.Tickets.Outbox.Count); // the approval card went out once
    }

    [Fact]
    public async Task CreateOnce_SameKeyTwice_OneTicket_OtherKey_AnotherTicket()
    {
        var store = new InMemoryTicketStore();
        var draft = new TicketDraft(TicketKind.Incident, Template("29:jean"), new TicketEvent(default, new TicketPerson("29:jean", null, null), TicketEventKind.Created, []));

        var first = await store.CreateOnceAsync("dialog-1", draft, null, default);
        var same = await store.CreateOnceAsync("dialog-1", draft, null, default);
        var other = await store.CreateOnceAsync("dialog-2", draft, null, default);
        var otherPerson = await store.CreateOnceAsync("dialog-1", draft with { Template = Template("29:marie") }, null, default);

        Assert.Equal(first.Number, same.Number);
        Assert.NotEqual(first.Number, other.Number);
        Assert.NotEqual(first.Number, otherPerson.Number);
        Assert.Equal("dialog-1", first.DraftKey);
    }

    private static ReportIncidentFlow IncidentFlow(RouterHarness harness, ITicketStore tickets) =>
        new(harness.Catalogue, harness.Knowledge, harness.Outages, tickets, harness.Deflections, PriorityMatrix.Default,
            Sla.SlaClocks.WallClock(), AgentParts.Notifier(tickets), new KnowledgeMemory(harness.Store));

    private static async Task<ConversationScript> ToReviewAsync(RouterHarness harness)
    {
        var script = new ConversationScript(harness, "en-US");
        await script.PlayAsync(
            ("press: menu.reportIncident", "Step 1 of 5"),
            ("type: 1", "Step 2"),
            ("type: Laptop will not start", "Step 3"),
            ("type: The power light stays off.", "Step 4"),
            ("type: 1", "Step 5"),
            ("type: 3", "Ready to create your ticket"));
        return script;
    }

    private static ServiceDeskRouter AccessRouter(AccessHarness h, ITicketStore tickets)
    {
        var catalogue = AccessCatalogue.From(h.Options);
        var flow = new AccessRequestFlow(
            catalogue, Microsoft.Extensions.Options.Options.Create(h.Options), tickets, h.Profiles, new ApproverSelection(h.Directory), Agents.AgentParts.Notifier(tickets));
        return RouterHarness.Build(new DialogSessions(h.DialogState, Microsoft.Extensions.Options.Options.Create(new DialogOptions()), h.Time, new StepCardLedger(h.Time)), [flow], [], tickets);
    }

    private static Turn TypedTurn(AccessHarness h, string text) => h.Turn(AccessHarness.Jean, "en-US", text, null);

    private static Ticket Template(string requester) => new()
    {
        Number = default,
        Version = 0,
        Status = TicketStatus.New,
        Title = "Laptop will not start",
        Description = "The power light stays off.",
        Category = "workstation",
        Impact = Impact.Low,
        Urgency = Urgency.Low,
        Priority = Priority.P4,
        Requester = new TicketPerson(requester, null, null),
        CreatedAt = default,
        UpdatedAt = default,
    };
}
