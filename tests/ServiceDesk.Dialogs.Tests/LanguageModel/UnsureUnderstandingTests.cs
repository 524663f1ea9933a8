using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>The model's reading checked against the closed lists: anything outside them is dropped.</summary>
public sealed class UnsureUnderstandingTests
{
    private static readonly IncidentCatalogue Incidents = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));
    private static readonly Recognition Fallback = new(Intent.Question, 0, TitleHint: "the thing beeps") { Language = "en" };

    [Fact]
    public void Apply_ReadingInTheLists_IsTheIntentAndHints_AtTheUnsureConfidence()
    {
        var read = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", "printing", "printer", "Medium", "High"), Fallback, Incidents);

        Assert.Equal(new Recognition(Intent.ReportIncident, UnsureUnderstanding.Unsure, null, "printing", "printer", "the thing beeps")
        {
            Language = "en",
            ImpactHint = Impact.Medium,
            UrgencyHint = Urgency.High,
        }, read);
    }

    [Theory]
    [InlineData("DeleteAllTickets")]
    [InlineData("TicketStatus")]
    [InlineData("reportincident")]
    [InlineData("1")]
    [InlineData(null)]
    public void Apply_IntentOutsideTheList_LeavesTheRulesReading(string? intent) =>
        Assert.Same(Fallback, UnsureUnderstanding.Apply(new IntentReading(intent, "printing", "printer", "High", "High"), Fallback, Incidents));

    [Fact]
    public void Apply_ValuesOutsideTheLists_AreDropped()
    {
        var read = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", "made-up", "root-shell", "Severe", "1"), Fallback, Incidents);

        Assert.Equal(Intent.ReportIncident, read.Intent);
        Assert.Null(read.CategoryHint);
        Assert.Null(read.ServiceHint);
        Assert.Null(read.ImpactHint);
        Assert.Null(read.UrgencyHint);
    }

    [Fact]
    public void Apply_ServiceOfAnotherCategory_IsDropped_AndAServiceAloneNamesItsCategory()
    {
        var mismatched = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", "email", "vpn", null, null), Fallback, Incidents);
        var alone = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", null, "vpn", null, null), Fallback, Incidents);

        Assert.Equal(("email", (string?)null), (mismatched.CategoryHint, mismatched.ServiceHint));
        Assert.Equal(("network-vpn", "vpn"), (alone.CategoryHint, alone.ServiceHint));
    }

    [Fact]
    public void Apply_TheRulesOwnHintsStay_AndSeverityOnlyForAnIncident()
    {
        var ruled = Fallback with { Intent = Intent.RequestAccess, Confidence = 0.35, CategoryHint = "software", ServiceHint = "sap" };

        var incident = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", "email", "outlook", "High", "High"), ruled, Incidents);
        var outage = UnsureUnderstanding.Apply(new IntentReading("Outage", null, null, "High", "High"), ruled, Incidents);

        Assert.Equal(("software", "sap", Impact.High), (incident.CategoryHint, incident.ServiceHint, incident.ImpactHint!.Value));
        Assert.Equal((Intent.Outage, (Impact?)null, (Urgency?)null), (outage.Intent, outage.ImpactHint, outage.UrgencyHint));
    }

    [Fact]
    public async Task ReconsiderAsync_SendsTheClosedLists_AndTheMessagesLanguage()
    {
        var reader = new ScriptedReader(null);

        var read = await new UnsureUnderstanding(reader, Incidents, Flows.RequestAccess.TestAccessCatalogue.Catalogue(), TimeProvider.System).ReconsiderAsync("le truc bipe", Fallback with { Language = "fr" }, "en-US", CancellationToken.None);

        Assert.Equal(Fallback with { Language = "fr" }, read);
        var question = Assert.Single(reader.Questions);
        Assert.Equal(("le truc bipe", "fr"), (question.Text, question.Language));
        Assert.Equal(UnsureUnderstanding.Offered.Select(i => i.ToString()), question.Choices.Intents);
        Assert.DoesNotContain("TicketStatus", question.Choices.Intents);
        Assert.Equal(TestCatalogue.Options.Categories.Select(c => c.Id), question.Choices.Categories);
        Assert.Contains("printer", question.Choices.Services);
        Assert.Equal(["High", "Medium", "Low"], question.Choices.Impacts);
    }

    [Theory]
    [InlineData(Intent.ReportIncident, 0.9)]
    [InlineData(Intent.Greeting, 0.1)]
    [InlineData(Intent.Human, 0.3)]
    [InlineData(Intent.None, 0)]
    public async Task ReconsiderAsync_ConfidentOrNotAnAsk_NeverAsksTheModel(Intent intent, double confidence)
    {
        var reader = new ScriptedReader(new IntentReading("Question", null, null, null, null));
        var ruled = new Recognition(intent, confidence);

        Assert.Same(ruled, await new UnsureUnderstanding(reader, Incidents, Flows.RequestAccess.TestAccessCatalogue.Catalogue(), TimeProvider.System).ReconsiderAsync("text", ruled, "en-US", CancellationToken.None));
        Assert.Empty(reader.Questions);
    }

    [Fact]
    public async Task ReconsiderAsync_ATicketNumber_NeverAsksTheModel()
    {
        var reader = new ScriptedReader(new IntentReading("Question", null, null, null, null));
        var ruled = new Recognition(Intent.Question, 0, TicketNumber.Parse("INC-000123"));

        Assert.Same(ruled, await new UnsureUnderstanding(reader, Incidents, Flows.RequestAccess.TestAccessCatalogue.Catalogue(), TimeProvider.System).ReconsiderAsync("INC-000123 ?", ruled, "en-US", CancellationToken.None));
        Assert.Empty(reader.Questions);
    }
}
