using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// Asked whether something can be used somewhere, on something, or whether it needs or allows something, is a question
/// for the knowledge base; asked to be given it, even with the same condition, is a request. Both languages.
/// </summary>
public sealed class AccessAskedAboutUseTests
{
    private static readonly Dialogs.Catalogue.AccessCatalogue Catalogue = ShippedAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("can I open the legal folder from home")]
    [InlineData("could we reach the HR portal while travelling?")]
    [InlineData("is the marketing sharepoint available outside the office")]
    [InlineData("hi, can i use visio on my personal laptop?")]
    [InlineData("est-ce que je peux ouvrir le dossier juridique depuis chez moi")]
    [InlineData("puis-je consulter le portail RH à distance ?")]
    [InlineData("est-ce que le réseau invité permet d'aller sur le site marketing")]
    [InlineData("le portail rh est accessible en dehors du bureau ?")]
    public void AQuestionAboutUseUnderACondition_IsAQuestion(string text)
    {
        Assert.True(AccessNaming.AsksAboutUse(text));
        foreach (var intent in new[] { Intent.RequestAccess, Intent.Question })
        {
            Assert.Equal(Intent.Question, AccessNaming.Upgrade(text, new Recognition(intent, 0.9), Catalogue).Intent);
        }
    }

    [Theory]
    [InlineData("does the CRM need the vpn")]
    [InlineData("do I need the VPN to open the finance share")]
    [InlineData("est-ce qu'il faut le vpn pour le dossier compta")]
    [InlineData("do we need our manager's approval for the legal folder?")]
    public void WhetherSomethingIsNeeded_IsAQuestion_OrTheRulesQuestion(string text)
    {
        // The rule's questions keep the router's answer: the likely article first, the request one click away.
        var rule = RuleShape.AsksTheRule(text) || RuleShape.AsksWhetherNeeded(text);
        foreach (var intent in new[] { Intent.RequestAccess, Intent.Question })
        {
            var read = AccessNaming.Upgrade(text, new Recognition(intent, 0.9), Catalogue).Intent;
            Assert.True(read == Intent.Question || rule, $"{intent} read as {read}");
        }
    }

    [Theory]
    [InlineData("can I get access to the legal folder from home")]
    [InlineData("could I have the full tunnel VPN for working remotely?")]
    [InlineData("I need the finance share, can I use it from home?")]
    [InlineData("can you add me to the marketing sharepoint, I work remotely")]
    [InlineData("je peux avoir le VPN complet pour le télétravail ?")]
    [InlineData("est-ce que vous pouvez m'ajouter au site RH, je suis à distance")]
    [InlineData("j'aurais besoin d'accéder au dossier juridique depuis chez moi")]
    [InlineData("can i see the hr intranet please")]
    [InlineData("est-ce que je pourrais consulter le dossier contrats ?")]
    [InlineData("can I open the legal folder from home? it says access denied")]
    public void AskingToBeGivenIt_OrWithoutACondition_IsNoSuchQuestion(string text)
    {
        Assert.False(AccessNaming.AsksAboutUse(text));
        Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, new Recognition(Intent.RequestAccess, 0.9), Catalogue).Intent);
    }

    [Theory]
    [InlineData("the VPN fails from home since this morning")]
    [InlineData("je n'arrive plus à ouvrir le dossier compta depuis chez moi")]
    public void AFault_IsLeftAlone(string text)
    {
        Assert.Equal(Intent.ReportIncident, AccessNaming.Upgrade(text, new Recognition(Intent.ReportIncident, 0.9), Catalogue).Intent);
    }
}
