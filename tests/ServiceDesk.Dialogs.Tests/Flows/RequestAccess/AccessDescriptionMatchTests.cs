using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>
/// A resource named only by what its description says (or a synonym of it, in either language) is offered in
/// "Did you mean …?", never taken; it never displaces a resource the request names.
/// </summary>
public sealed class AccessDescriptionMatchTests
{
    private readonly AccessCatalogue _catalogue = ShippedAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("I need to see the tarifs for next season", "sales-sharepoint")]
    [InlineData("access to the pricing please", "sales-sharepoint")]
    [InlineData("j'ai besoin de consulter les tarifs", "sales-sharepoint")]
    [InlineData("I need the supplier invoices", "sap-finance")]
    [InlineData("il me faut les factures fournisseurs", "finance-shared-folder")]
    [InlineData("access to the forecast please", "finance-reporting")]
    [InlineData("je dois voir les prévisions", "finance-reporting")]
    [InlineData("I need to compare two contracts in pdf", "acrobat-pro")]
    [InlineData("I need something to do photo retouching", "creative-cloud")]
    [InlineData("je dois dessiner des logigrammes", "visio")]
    public void DescribedOnly_IsAskedWithTheResourceAmongTheCandidates(string text, string expected)
    {
        var match = _catalogue.Match(text);

        Assert.NotEqual(AccessMatchKind.None, match.Kind);
        Assert.Contains(expected, match.Candidates.Select(c => c.Id));
        if (match.Kind == AccessMatchKind.Clear)
        {
            // Only when a name or alias said it: "pdf", "organigrammes" are aliases.
            Assert.Contains(expected, new[] { "acrobat-pro", "visio" });
        }
    }

    [Theory]
    [InlineData("could I get into the sales pipeline for my region", "crm")]
    [InlineData("il me faut le portefeuille clients pour préparer les renouvellements", "crm")]
    [InlineData("I need access for the litigation, the Dupont case starts monday", "legal-shared-folder")]
    [InlineData("il me faut les accords de confidentialité signés l'an dernier", "legal-shared-folder")]
    [InlineData("I'd like the sales playbooks for my onboarding", "sales-sharepoint")]
    public void WhatItHolds_WrittenAsAnAlias_IsTaken(string text, string expected)
    {
        // An alias that says what the resource holds ("sales pipeline", "accords de confidentialité") names it like its
        // name does: taken, not asked.
        Assert.Equal(expected, _catalogue.Match(text).Single?.Id);
    }

    [Theory]
    [InlineData("can I get back an old version of a file I overwrote")]
    [InlineData("give me the closing files of the budget, please")]
    public void AFileSaidAlone_TakesNoResource(string text)
    {
        // "file" is no resource's word: an alias with it ("customer file") would make every file a resource to ask about.
        Assert.DoesNotContain("crm", _catalogue.Match(text).Candidates.Select(c => c.Id));
    }

    [Theory]
    [InlineData("access to the forecast please")]
    [InlineData("j'ai besoin de consulter les tarifs")]
    [InlineData("I need the supplier invoices")]
    public void DescribedOnly_IsNeverTaken(string text)
    {
        Assert.Equal(AccessMatchKind.Near, _catalogue.Match(text).Kind);
    }

    [Theory]
    [InlineData("a visio licence for our campaign calendar", "visio")]
    [InlineData("the HR portal, for the leave forms and the onboarding pages", "hr-sharepoint")]
    [InlineData("accès au site commercial pour les grilles tarifaires", "sales-sharepoint")]
    [InlineData("I need the finance share for the budgets and the forecast", "finance-shared-folder")]
    public void DescriptionWords_NeverDisplaceTheResourceNamed(string text, string expected)
    {
        Assert.Equal(expected, _catalogue.Match(text).Single?.Id);
    }

    [Theory]
    [InlineData("give my colleague access to my calendar")]
    [InlineData("accès à mon calendrier svp")]
    public void TheSpeakersOwnThing_IsNoDescriptionOfASharedResource(string text)
    {
        Assert.Equal(AccessMatchKind.None, _catalogue.Match(text).Kind);
    }

    [Theory]
    [InlineData("access to the legal sharepoint")]
    [InlineData("I need a Figma licence")]
    [InlineData("acces au dossier partage des achats svp")]
    public void NotInTheCatalogue_StaysNone(string text)
    {
        Assert.Equal(AccessMatchKind.None, _catalogue.Match(text).Kind);
    }
}
