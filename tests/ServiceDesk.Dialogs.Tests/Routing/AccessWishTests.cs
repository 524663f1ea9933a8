using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A wish to have, see or use a resource the catalogue knows, with nothing said to be wrong, is a request however sure
/// the reading of a fault or a question was; a wish with a fault in it stays a fault. Both languages, accents optional,
/// typos forgiven.
/// </summary>
public sealed class AccessWishTests
{
    private static readonly Dialogs.Catalogue.AccessCatalogue Catalogue = ShippedAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("I would like to be able to open the legal shared folder")]
    [InlineData("could you give me the finance intranet, I have to post the expense forms")]
    [InlineData("we need every connection going over the full tunnel VPN while abroad")]
    [InlineData("i neeed to see the marketing sharepoint")]
    [InlineData("I don't have access to the HR portal yet and I need it")]
    [InlineData("j'aimerais pouvoir modifier les fichiers du dossier partagé RH")]
    [InlineData("il me faudrait le VPN complet pour bosser depuis l'hôtel")]
    [InlineData("je voudrais consulter le portail rh")]
    [InlineData("vous pourriez m'ouvrir le repertoire juridique svp")]
    [InlineData("je voudrai pouvoir acceder au reporting finance")]
    [InlineData("je n'ai pas encore accès au site marketing, il me le faut pour lundi")]
    public void AWishForACatalogueResource_WithoutAFault_IsARequest(string text)
    {
        foreach (var intent in new[] { Intent.ReportIncident, Intent.Question })
        {
            var recognition = new Recognition(intent, 0.9);

            Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
        }
    }

    [Theory]
    [InlineData("I need the VPN fixed, it drops every hour")]
    [InlineData("I need help, SAP keeps freezing")]
    [InlineData("we need the CRM back, it shows an error on save")]
    [InlineData("I want to open the finance share but it does not work")]
    [InlineData("j'ai besoin d'aide, le site RH affiche une erreur")]
    [InlineData("je voudrais que le CRM arrête de planter")]
    [InlineData("il me faut le VPN, il ne se connecte plus depuis ce matin")]
    [InlineData("je dois ouvrir le dossier compta mais il est bloqué")]
    public void AWishWithAFault_StaysAnIncident(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.9);

        Assert.Equal(Intent.ReportIncident, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("how do I set up the VPN on my phone? I need it for travelling")]
    [InlineData("comment je fais pour voir le portail RH sur mon téléphone ?")]
    [InlineData("where do I need to go to see the sales site?")]
    public void AHowToWithAWish_StaysAQuestion(string text)
    {
        var recognition = new Recognition(Intent.Question, 0.9);

        Assert.Equal(Intent.Question, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }

    [Theory]
    [InlineData("I need my laptop fixed")]
    [InlineData("je voudrais un nouveau clavier")]
    public void AWishForNothingTheCatalogueKnows_IsLeftAlone(string text)
    {
        var recognition = new Recognition(Intent.ReportIncident, 0.9);

        Assert.Equal(Intent.ReportIncident, AccessNaming.Upgrade(text, recognition, Catalogue).Intent);
    }
}
