using ServiceDesk.Dialogs.Agents;
using ServiceDesk.Dialogs.Tests.Agents;
using ServiceDesk.Dialogs.Tests.Flows.Approval;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Tests.Tickets;

/// <summary>The fulfiller's card says until when a temporary access is granted, and both cards show follow-up links.</summary>
public sealed class TicketLinkFactsTests
{
    private static string AgentCardText(Ticket ticket, string locale) =>
        CardInspection.AllText(AgentParts.Cards.Build(ticket, [], new AgentCardReader(ServiceDesk.Dialogs.Localization.Texts.For(locale), TimeZoneInfo.Utc, [])));

    [Theory]
    [InlineData("en-US", "Until", "Wednesday, March 31, 2027")]
    [InlineData("fr-FR", "Jusqu'au", "mercredi 31 mars 2027")]
    public void AnApprovedTemporaryAccess_ShowsItsEndDate_OnTheFulfillersCard(string locale, string label, string date)
    {
        var text = AgentCardText(ApprovalTestData.Request(status: TicketStatus.Approved), locale);

        Assert.Contains(label, text, StringComparison.Ordinal);
        Assert.Contains("⏳ " + date, text, StringComparison.Ordinal);
    }

    [Fact]
    public void APermanentAccess_SaysSo()
    {
        var request = ApprovalTestData.Request(status: TicketStatus.Approved);
        var text = AgentCardText(request with { Access = request.Access! with { EndDate = null } }, "en-US");

        Assert.Contains("Permanent", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFollowUp_AndTheClosedTicket_NameEachOther()
    {
        var request = ApprovalTestData.Request(status: TicketStatus.Closed) with { Access = null };

        Assert.Contains("INC-000007", AgentCardText(request with { FollowUp = new TicketNumber(TicketKind.Incident, 7) }, "en-US"), StringComparison.Ordinal);
        Assert.Contains("Follow-up of", AgentCardText(request with { FollowUpOf = new TicketNumber(TicketKind.Incident, 3) }, "en-US"), StringComparison.Ordinal);
    }
}
