using System.Net;
using ServiceDesk.Cards;
using ServiceDesk.TestKit;
using ServiceDesk.Dialogs.Flows.Approval;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Tickets;
using static ServiceDesk.Dialogs.Tests.Flows.Approval.ApprovalTestData;

namespace ServiceDesk.Dialogs.Tests.Flows.Approval;

public sealed class AccessApprovalCardsTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task Build_AwaitingAndDecided_InBothLanguages_RenderWithTheOfficialRenderer()
    {
        var catalogue = TestAccessCatalogue.Catalogue();
        var decided = Request(2, TicketStatus.Rejected) with
        {
            Access = Request().Access! with { DecidedBy = "29:marie", DecidedByName = "Marie Martin", DecidedAt = Now, DecisionComment = "Read-only is enough." },
        };
        AdaptiveCard[] cards =
        [
            AccessApprovalCards.Build(Request(), catalogue, Texts.English, Paris),
            AccessApprovalCards.Build(Request(), catalogue, Texts.French, Paris, commentError: Texts.French.Get("approval.rejectNeedsComment")),
            AccessApprovalCards.Build(decided, catalogue, Texts.English, Paris),
        ];

        var reports = await CardRenderer.RenderAsync(cards);

        Assert.All(reports, r => Assert.Null(r.Error));
        Assert.All(reports, r => Assert.Empty(r.AllEvents));
        var html = reports.Select(r => WebUtility.HtmlDecode(r.Html!)).ToList();
        Assert.Contains("Jean Dupont asks for access.", html[0], StringComparison.Ordinal);
        Assert.Contains("Wednesday, March 31, 2027", html[0], StringComparison.Ordinal);
        Assert.Contains("Merci d'indiquer pourquoi vous refusez la demande", html[1], StringComparison.Ordinal);
        Assert.Contains("Rejected by Marie Martin on 11/23/2026", html[2], StringComparison.Ordinal);
        Assert.Contains("Read-only is enough.", html[2], StringComparison.Ordinal);
        Assert.All(cards, c => Assert.True(CardJson.FitsBudget(c)));
    }

    [Fact]
    public void Build_UserTextIsShownLiterally()
    {
        var ticket = Request(justification: "**urgent** <b>now</b>") with { Requester = Jean with { Name = "_Jean_" } };

        var text = CardInspection.AllText(AccessApprovalCards.Build(ticket, TestAccessCatalogue.Catalogue(), Texts.English, Paris));

        Assert.Contains(@"\*\*urgent\*\* \<b\>now\</b\>", text, StringComparison.Ordinal);
        Assert.Contains(@"\_Jean\_ asks for access.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ApproverNotTheUsualOne_SaysWhyInTheReadersLanguage()
    {
        var ticket = Request() with { Access = Request().Access! with { Routing = new ApproverRouting(Ports.ApproverAbsence.ManagerDisabled, "Marie Martin") } };

        var english = CardInspection.AllText(AccessApprovalCards.Build(ticket, TestAccessCatalogue.Catalogue(), Texts.English, Paris));
        var french = CardInspection.AllText(AccessApprovalCards.Build(ticket, TestAccessCatalogue.Catalogue(), Texts.French, Paris));
        var usual = CardInspection.AllText(AccessApprovalCards.Build(Request(), TestAccessCatalogue.Catalogue(), Texts.English, Paris));

        Assert.Contains("The manager's account (Marie Martin) is disabled: the next manager up approves.", english, StringComparison.Ordinal);
        Assert.Contains("Le compte du responsable (Marie Martin) est désactivé", french, StringComparison.Ordinal);
        Assert.DoesNotContain("Why this approver", usual, StringComparison.Ordinal);
    }
}
