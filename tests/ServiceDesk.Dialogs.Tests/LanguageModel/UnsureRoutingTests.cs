using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tests.Flows;
using ServiceDesk.Dialogs.Tests.Routing;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>
/// The model's reading through the real router and incident flow: it leads to the same forms and confirmation cards as
/// the rules' own, nothing is written before the employee clicks, and with no model the answers are today's.
/// </summary>
public sealed class UnsureRoutingTests
{
    // Words the rules place nowhere (the fallback): the knowledge base would take it.
    private const string Unsure = "the big grey box near the lifts chews every sheet I give it";

    [Fact]
    public async Task ModelReadsAnIncident_TheSummaryToConfirm_AndTheTicketOnlyAfterTheClick()
    {
        var reader = new ScriptedReader(new IntentReading("ReportIncident", "printing", "printer", "Low", "Medium"));
        var harness = new RouterHarness { Reader = reader }.WithIncidentFlow();
        var script = new ConversationScript(harness, "en-US");

        await script.PlayAsync(("type: " + Unsure, "Ready to create your ticket"));

        Assert.Empty(harness.Tickets.All);
        Assert.Empty(harness.Tickets.Outbox);
        await script.PlayAsync(("press: incident.create", "INC-000001"));
        var ticket = Assert.Single(harness.Tickets.All);
        Assert.Equal(("printing", "printer", Impact.Low, Urgency.Medium), (ticket.Category, ticket.Service, ticket.Impact, ticket.Urgency));
        Assert.Single(reader.Questions);
    }

    [Fact]
    public async Task ModelReadsAnIncident_WithoutSeverity_TheFormAsksTheRest_AndAnswersInTheFormNeverGoToTheModel()
    {
        var reader = new ScriptedReader(new IntentReading("ReportIncident", "printing", "printer", null, null));
        var harness = new RouterHarness { Reader = reader }.WithIncidentFlow();
        var script = new ConversationScript(harness, "en-US");

        await script.PlayAsync(("type: " + Unsure, "Printing"), ("type: just me", "5"), ("type: no rush", "Ready to create your ticket"));

        Assert.Empty(harness.Tickets.All);
        Assert.Single(reader.Questions);
    }

    [Fact]
    public async Task NoModel_AndAModelThatGivesNothing_AnswerExactlyAsTheRulesAlone()
    {
        var silent = new ScriptedReader(null);
        var off = new RouterHarness().WithIncidentFlow();
        var failing = new RouterHarness { Reader = silent }.WithIncidentFlow();

        foreach (var text in new[] { Unsure, "le gros truc du couloir mange mes feuilles", "outlook", "need sap" })
        {
            Assert.Equal(RouterHarness.Describe(await off.SendAsync(TurnFactory.Message("en-US", text))),
                RouterHarness.Describe(await failing.SendAsync(TurnFactory.Message("en-US", text))));
        }

        Assert.NotEmpty(silent.Questions);
    }
}
