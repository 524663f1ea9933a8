using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Flows.RequestAccess;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A request verb governs the resource it names; what is said after it is the reason, even when its words read as a
/// problem ("I can't see…", "je ne trouve pas…") or a ticket follow-up ("to follow up…", "pour relancer…"). A
/// resource named only by what it holds is asked about after a plain request head. A breakage or a ticket keeps its
/// reading.
/// </summary>
public sealed class AccessReasonTests
{
    private static readonly AccessCatalogue Catalogue = ShippedAccessCatalogue.Catalogue();
    private static readonly AccessLimits Limits = new(20, 1000, new DateOnly(2026, 11, 22), 365);

    [Theory]
    [InlineData("could you give me the legal drive, I can't find the signed NDAs anywhere")]
    [InlineData("need the finance intranet please, I cannot see the expense forms")]
    [InlineData("donnez-moi le portail RH svp, je ne trouve pas les formulaires de congés")]
    [InlineData("il me faut le dossier compta, je n'arrive pas à voir les budgets de l'an dernier")]
    [InlineData("accès au site marketing stp, on voit pas les visuels de la campagne")]
    public void ARequestWithNotSeeingAsItsReason_IsARequest(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.9);

        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("I need the legal drive, I can't see the NDAs anymore since the migration")]
    [InlineData("give me the finance intranet back, I can't see anything, it shows an error")]
    [InlineData("il me faut le portail RH, je ne vois plus les formulaires depuis hier")]
    [InlineData("j'ai besoin du dossier compta, je n'arrive pas à voir les budgets, il plante")]
    public void ARequestWithABreakage_StaysAnIncident(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.9);

        Assert.Equal(Intent.ReportIncident, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("I'd like Dynamics 365 so I can follow up the leads from the trade fair", Intent.TicketFollowUp)]
    [InlineData("need the customer database to follow up the unpaid quotes", Intent.MyTickets)]
    [InlineData("il me faudrait la base clients pour relancer les devis du trimestre", Intent.MyTickets)]
    [InlineData("je voudrais la GRC pour suivre mes comptes", Intent.TicketFollowUp)]
    public void ARequestWhoseReasonIsFollowingUpTheWork_IsARequest(string text, Intent read)
    {
        var recognition = new Recognition(read, 0.9);

        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("any update on my request for the customer database?")]
    [InlineData("I need news about the Dynamics access I asked for last week")]
    [InlineData("je voudrais relancer ma demande pour la base clients")]
    [InlineData("il me faut une réponse, le CRM est toujours en attente de validation")]
    public void AFollowUpOnARequest_StaysAFollowUp(string text)
    {
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9);

        Assert.Equal(Intent.TicketFollowUp, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Fact]
    public void AFollowUpWithATicketNumber_StaysAFollowUp()
    {
        var recognition = new Recognition(Intent.TicketFollowUp, 0.9, ServiceDesk.Dialogs.Tickets.TicketNumber.Parse("REQ-000123"));

        Assert.Equal(Intent.TicketFollowUp, AccessNaming.Upgrade("I need the CRM, following up REQ-000123", recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("give me access to the supplier invoices and payments please")]
    [InlineData("accès aux grilles tarifaires et aux offres svp")]
    [InlineData("donnez-moi accès aux contentieux et accords de confidentialité")]
    public void ARequestHeadBeforeWhatAResourceHolds_IsARequestThatAsks(string text)
    {
        var recognition = new Recognition(Intent.Question, 0.9);

        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
        Assert.NotEqual(AccessMatchKind.None, Catalogue.Matcher.Match(text).Kind);
    }

    [Theory]
    [InlineData("give me a hand with the invoices, the printer jams")]
    [InlineData("how do I get access to the supplier invoices?")]
    public void WhatAResourceHolds_InAFaultOrAHowTo_IsLeftAlone(string text)
    {
        foreach (var intent in new[] { Intent.ReportIncident, Intent.Question })
        {
            var recognition = new Recognition(intent, 0.9);

            Assert.Equal(intent, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
        }
    }

    [Theory]
    [InlineData("I'd like the full tunnel VPN, I'm at trade fairs abroad all next month")]
    [InlineData("je voudrais le VPN en tunnel complet, je travaille depuis des sites clients la semaine prochaine")]
    public void AWishForAConfigurationOfAnAccessItem_WithoutABreakage_IsARequest(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.9);

        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("give me the legal drive, I can't find the signed NDAs anywhere", "I can't find the signed NDAs anywhere")]
    [InlineData("accès au portail RH svp, je ne trouve pas les formulaires de congés", "Je ne trouve pas les formulaires de congés")]
    [InlineData("il me faut le dossier compta, je n'arrive pas à voir les budgets", "Je n'arrive pas à voir les budgets")]
    public void TheReasonAfterTheRequest_PreFillsTheJustification(string text, string expected)
    {
        Assert.Equal(expected, AccessFirstMessage.Read(text, Limits, dayFirst: false).Justification);
    }
}
