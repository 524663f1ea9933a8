using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Routing;
using ServiceDesk.Dialogs.Tests.Flows.RequestAccess;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Routing;

/// <summary>
/// A wish for another variant of something the catalogue names, with the fault said of the variant one has, is a
/// request; a product that is both a licence (access) and a program (software) is the licence unless installing is
/// said; the speaker's own team or post names no kind of resource.
/// </summary>
public sealed class AccessVariantAndLicenceTests
{
    private static readonly AccessCatalogue Catalogue = ShippedAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("could you give me the full tunnel vpn instead of split tunnelling, our test rigs are not reachable")]
    [InlineData("I'd like write access on the legal share rather than read only, I can't save the NDAs")]
    [InlineData("we need the full tunnel VPN, the standard one does not get to the factory machines")]
    [InlineData("j'aurais besoin du VPN complet, celui que j'ai ne passe pas pour les serveurs de recette")]
    [InlineData("il me faut les droits en écriture sur le dossier juridique au lieu de la lecture, je n'arrive pas à enregistrer")]
    public void AWishForAnotherVariant_WithTheFaultOfTheOneYouHave_IsARequest(string text)
    {
        foreach (var intent in new[] { Intent.ReportIncident, Intent.Question })
        {
            Assert.Equal(Intent.RequestAccess, AccessNaming.Upgrade(text, new Recognition(intent, 0.9), Catalogue).Intent);
        }
    }

    [Theory]
    [InlineData("I need the full tunnel VPN fixed instead of this workaround")]
    [InlineData("the split one is fine, but I need the finance share repaired, it shows an error")]
    [InlineData("I need the VPN, it has not connected since this morning")]
    [InlineData("il me faut le VPN complet réparé, l'autre marche")]
    [InlineData("how do I switch to the full tunnel vpn instead of the split one?")]
    public void AFaultOfTheWishedThing_OrAHowTo_IsNotAVariantRequest(string text)
    {
        Assert.False(AccessNaming.VariantWished(text, text.Contains('?', StringComparison.Ordinal)));
        Assert.NotEqual(Intent.RequestAccess, AccessNaming.Upgrade(text, new Recognition(Intent.ReportIncident, 0.9), Catalogue).Intent);
    }

    [Theory]
    [InlineData("j'ai besoin d'un logiciel pour éditer des PDF, Adobe Acrobat")]
    [InlineData("I need the Visio software for our network diagrams")]
    [InlineData("software request: MS Project for the migration schedule")]
    public void AProductInBothCatalogues_WithoutInstalling_IsTheLicence(string text)
    {
        var read = AccessNaming.Upgrade(text, new Recognition(Intent.RequestSoftware, 0.9), Catalogue);

        Assert.Equal(Intent.RequestAccess, read.Intent);
    }

    [Theory]
    [InlineData("add me to the finance team in teams please")]
    [InlineData("je voudrais être dans l'équipe marketing sur teams")]
    public void AGroupNamedInAProgram_IsTheGroup(string text)
    {
        var read = AccessNaming.Upgrade(text, new Recognition(Intent.RequestSoftware, 0.9), Catalogue);

        Assert.Equal(Intent.RequestAccess, read.Intent);
    }

    [Theory]
    [InlineData("please install Acrobat Pro on my laptop")]
    [InlineData("je voudrais Visio sur mon poste")]
    [InlineData("can you download MS Project for me, the desktop one")]
    [InlineData("can you put 7zip on my pc")]
    [InlineData("j'ai besoin de Tableau pour mes analyses")]
    public void InstallingSaid_OrAProgramWithNoLicence_StaysSoftware(string text)
    {
        var read = AccessNaming.Upgrade(text, new Recognition(Intent.RequestSoftware, 0.9), Catalogue);

        Assert.Equal(Intent.RequestSoftware, read.Intent);
    }

    [Theory]
    [InlineData("can I install software myself?")]
    [InlineData("am I allowed to install programs on my own")]
    [InlineData("je peux installer un logiciel moi-même ?")]
    public void InstallingWithNoProgramNamed_TakesNoSoftwareItem(string text)
    {
        Assert.Null(Catalogue.Match(CataloguePart.Software, text).Single);
    }

    [Theory]
    [InlineData("i want to share power bi dashboards with my team", "power-bi-pro")]
    [InlineData("il me faut l'accès RH, j'ai intégré l'équipe formation", "hr-sharepoint")]
    [InlineData("accès RH stp, je travaille dans l'équipe recrutement", "hr-shared-folder")]
    [InlineData("j'ai besoin d'un accès sharepoint pour mon nouveau poste", "hr-sharepoint")]
    public void TheSpeakersOwnTeamOrSituation_NamesNoKind_SoTheCandidatesAreAsked(string text, string among)
    {
        var match = Catalogue.Match(text);

        Assert.NotEqual(AccessMatchKind.None, match.Kind);
        Assert.Contains(among, match.Candidates.Select(c => c.Id));
        Assert.True(match.Candidates.Count < Catalogue.Resources.Count);
    }

    [Theory]
    [InlineData("je ne suis pas dans l'équipe Teams Marketing, ajoutez-moi", "marketing-teams-group")]
    [InlineData("je suis pas dans le groupe Teams Finance, vous pouvez m'ajouter", "finance-teams-group")]
    public void NotBeingInIt_IsTheResource_NotAReason(string text, string expected)
    {
        Assert.Equal(expected, Catalogue.Match(text).Single?.Id);
    }
}
