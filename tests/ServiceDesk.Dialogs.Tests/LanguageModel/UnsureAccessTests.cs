using ServiceDesk.Dialogs.Assist;
using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tests.Conversation;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.LanguageModel;

/// <summary>
/// An access request the rules were unsure of, read by the model: the resource only from the catalogue's closed list,
/// the end date only as a real future date, both shown and changeable on the summary; nothing filed before the click.
/// </summary>
public sealed class UnsureAccessTests
{
    private static readonly IncidentCatalogue Incidents = new(Microsoft.Extensions.Options.Options.Create(TestCatalogue.Options));
    private static readonly AccessCatalogue Access = TestAccessCatalogue.Catalogue();
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Recognition Fallback = new(Intent.Question, 0);

    [Fact]
    public void Apply_ResourceOfTheCatalogue_AndAFutureDate_AreTaken()
    {
        var read = UnsureUnderstanding.Apply(Reading("sap-finance", "2027-01-15"), Fallback, Incidents, Access, Today);

        Assert.Equal((Intent.RequestAccess, "sap-finance", (DateOnly?)new DateOnly(2027, 1, 15)), (read.Intent, read.ResourceHint, read.EndDateHint));
    }

    [Theory]
    [InlineData("root-shell", "2026-11-21")]
    [InlineData("crm ", "15/01/2027")]
    [InlineData("CRM", "2026-11-22")]
    [InlineData(null, "2031-01-01")]
    [InlineData("sap-finance; drop table", "2027-02-30")]
    public void Apply_ResourceOutsideTheList_AndDatesThatAreNotFutureDates_AreDropped(string? resource, string date)
    {
        var read = UnsureUnderstanding.Apply(Reading(resource, date), Fallback, Incidents, Access, Today);

        Assert.Equal(Intent.RequestAccess, read.Intent);
        Assert.Null(read.ResourceHint);
        Assert.Null(read.EndDateHint);
    }

    [Fact]
    public void Apply_ResourceAndDateOnlyForAnAccessRequest()
    {
        var read = UnsureUnderstanding.Apply(new IntentReading("ReportIncident", null, null, null, null) { Resource = "crm", EndDate = "2027-01-15" }, Fallback, Incidents, Access, Today);

        Assert.Null(read.ResourceHint);
        Assert.Null(read.EndDateHint);
    }

    [Fact]
    public async Task ReconsiderAsync_SendsTheResourcesAndToday()
    {
        var reader = new ScriptedReader(null);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

        await new UnsureUnderstanding(reader, Incidents, Access, clock).ReconsiderAsync("the ledger thing", Fallback, "en-US", CancellationToken.None);

        var question = Assert.Single(reader.Questions);
        Assert.Equal(Access.Of(CataloguePart.Access).Select(r => r.Id), question.Choices.Resources);
        Assert.Equal(Today, question.Today);
    }

    [Fact]
    public async Task UnsureMessage_ReadAsAnAccessRequest_TheResourceAndEndDateAreTaken_AndNothingIsFiledBeforeTheClick()
    {
        var harness = new AccessHarness { Reader = new ScriptedReader(Reading("sap-finance", "2027-01-15")) };

        var replies = RouterHarness.Describe(await harness.TypeAsync("en-US", "the big grey box near the lifts chews every sheet I give it"));

        Assert.Contains("text: I understood: SAP Finance (Application).", replies);
        Assert.Contains(replies, r => r.Contains("the end date Friday, January 15, 2027", StringComparison.Ordinal));
        Assert.Empty(harness.Tickets.All);
    }

    [Fact]
    public async Task UnsureMessage_ModelDateBeyondTheFlowsLimit_IsAskedInstead()
    {
        var harness = new AccessHarness { Reader = new ScriptedReader(Reading("sap-finance", "2029-06-01")) };

        var replies = RouterHarness.Describe(await harness.TypeAsync("en-US", "the big grey box near the lifts chews every sheet I give it"));

        Assert.Contains("text: I understood: SAP Finance (Application).", replies);
        Assert.DoesNotContain(replies, r => r.Contains("2029", StringComparison.Ordinal));
    }

    private static IntentReading Reading(string? resource, string? endDate) =>
        new("RequestAccess", null, null, null, null) { Resource = resource, EndDate = endDate };
}
