using System.Text.Json;
using ServiceDesk.Dialogs.Flows.Fulfilment;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;

namespace ServiceDesk.Dialogs.Tests.Flows.Fulfilment;

/// <summary>"Ask to extend" on a temporary access's end notice: a new request with the old one's answers, the new end date asked.</summary>
public sealed class AccessExtensionTests
{
    private readonly AccessHarness harness = new();

    public AccessExtensionTests() => harness.Tickets.Put(ApprovalTestData.Request(status: TicketStatus.Fulfilled));

    private Task<TurnResult> ClickExtendAsync(string locale, Person who) =>
        harness.SendAsync(harness.Turn(who, locale, null, new CardAction(
            MenuVerbs.RequestAccess, JsonSerializer.SerializeToElement(AccessExtension.Data(ApprovalTestData.Number)), IsInvoke: true)));

    [Theory]
    [InlineData("en-US", "I filled in the access, the level and the reason of REQ-000012: choose the new end date.")]
    [InlineData("fr-FR", "J'ai repris l'accès, le niveau et le motif de REQ-000012 : choisissez la nouvelle date de fin.")]
    public async Task TheRequester_GetsTheFormAtTheEndDate_WithTheRequestsAnswers(string locale, string note)
    {
        var result = await ClickExtendAsync(locale, AccessHarness.Jean);

        var card = harness.LastCard!;
        Assert.Contains(note, result.Replies.Select(r => r.Text));
        Assert.NotNull(CardInspection.Input(card, AccessRequestCards.EndDateField));
        Assert.Null(CardInspection.Input(card, AccessRequestCards.ResourceField));
    }

    [Fact]
    public async Task SomeoneElse_GetsThePlainForm_NothingOfTheRequestShown()
    {
        var result = await ClickExtendAsync("en-US", AccessHarness.Marie);

        var card = harness.LastCard!;
        Assert.DoesNotContain("REQ-000012", CardInspection.AllText(card) + string.Join("\n", result.Replies.Select(r => r.Text)), StringComparison.Ordinal);
        Assert.Null(CardInspection.Input(card, AccessRequestCards.EndDateField));
    }

    [Fact]
    public void TheClicksData_IsTakenOnlyAsARequestNumber()
    {
        Assert.Equal(ApprovalTestData.Number, AccessExtension.Of(JsonSerializer.SerializeToElement(new { extends = "REQ-000012" })));
        Assert.Null(AccessExtension.Of(JsonSerializer.SerializeToElement(new { extends = "INC-000012" })));
        Assert.Null(AccessExtension.Of(JsonSerializer.SerializeToElement(new { extends = 12 })));
        Assert.Null(AccessExtension.Of(JsonSerializer.SerializeToElement(new { verb = "x" })));
    }
}
