using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The matcher's rules on the shipped catalogue, where several resources share words.</summary>
public sealed class AccessCatalogueMatcherTests
{
    private readonly AccessCatalogue _catalogue = ShippedAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("access to the HR sharepoint", "hr-sharepoint")]
    [InlineData("access to the sales sharepoint", "sales-sharepoint")]
    [InlineData("accès au site sharepoint finance", "finance-sharepoint")]
    [InlineData("I need the finance share", "finance-shared-folder")]
    [InlineData("I need the finance reports", "finance-reporting")]
    [InlineData("finance teams channel", "finance-teams-group")]
    [InlineData("adobe acrobat", "acrobat-pro")]
    [InlineData("adobe photoshop", "creative-cloud")]
    public void SharedWords_TheDistinguishingWordDecides(string text, string expected)
    {
        Assert.Equal(expected, _catalogue.Match(text).Single?.Id);
    }

    [Theory]
    [InlineData("I need access to sharepoint", new[] { "marketing-sharepoint", "finance-sharepoint", "hr-sharepoint", "sales-sharepoint" })]
    [InlineData("adobe licence", new[] { "acrobat-pro", "creative-cloud" })]
    [InlineData("finance", new[] { "sap-finance", "finance-shared-folder", "finance-sharepoint", "finance-teams-group", "finance-reporting" })]
    // Finance reporting is the Finance team's Power BI workspace: without "finance" it may as well be the licence, whose
    // description ("Publish and share Power BI reports") puts it first.
    [InlineData("i need to publish power bi reports", new[] { "power-bi-pro", "finance-reporting" })]
    public void SharedWordsOnly_AsksBetweenTheCandidates(string text, string[] expected)
    {
        var match = _catalogue.Match(text);

        Assert.Equal(AccessMatchKind.Near, match.Kind);
        Assert.Equal(expected, match.Candidates.Select(c => c.Id));
    }

    [Theory]
    [InlineData("plus de place sur le disque C, je peux rien installer")]
    [InlineData("il me faut plus de place")]
    public void FrequentWordsOnly_AreNeverTakenAsAnItem(string text)
    {
        // "plus" is one word of "Notepad plus plus", and one of the most frequent words of French.
        Assert.NotEqual(AccessMatchKind.Clear, _catalogue.Match(CataloguePart.Software, text).Kind);
        Assert.Equal(AccessMatchKind.Clear, _catalogue.Match(CataloguePart.Software, "notepad plus plus").Kind);
    }

    [Fact]
    public void ReasonWords_DoNotNameTheResource()
    {
        // "team" is in the reason: not the Finance Teams group.
        Assert.Equal("finance-shared-folder", _catalogue.Match("I need access to the finance share because I joined the budget team").Single?.Id);
    }

    [Fact]
    public void WhatIsNotWanted_DoesNotCount()
    {
        Assert.Equal("power-bi-pro", _catalogue.Match("a power bi licence, not the finance workspace").Single?.Id);
    }

    [Theory]
    [InlineData("access to the legal sharepoint")]
    [InlineData("I need a Figma licence")]
    [InlineData("can I get a Salesforce login")]
    [InlineData("🙂")]
    public void NotInTheCatalogue_IsNone(string text)
    {
        Assert.Equal(AccessMatchKind.None, _catalogue.Match(text).Kind);
    }

    [Fact]
    public void NothingNamed_IsNone_AndSaysSo()
    {
        var match = _catalogue.Match("I need access please");

        Assert.Equal((AccessMatchKind.None, false), (match.Kind, match.NamedSomething));
    }

    [Fact]
    public void UnknownWordNextToTheOnlyMatchedWord_IsAskedNotTaken()
    {
        var match = _catalogue.Match("access to the jira project");

        Assert.Equal(AccessMatchKind.Near, match.Kind);
        Assert.Equal(["ms-project"], match.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void AmongCandidates_ATypoOfOneName_IsTaken()
    {
        var sites = _catalogue.Resources.Where(r => r.Kind == AccessResourceKind.Site).ToList();

        Assert.Equal("marketing-sharepoint", _catalogue.Match("markting", sites).Single?.Id);
    }

    [Theory]
    [InlineData("need the marketing shared mailbox please")]
    [InlineData("could I have the shared calendar of the legal team")]
    [InlineData("il me faut la boite partagée rh")]
    [InlineData("accès à l'agenda partagé juridique svp")]
    public void SharedSaidOfAnUnknownThing_IsAskedNeverTaken(string text)
    {
        // The shared folder is only what "shared" and the team resemble: the thing asked for is a mailbox or a calendar.
        Assert.NotEqual(AccessMatchKind.Clear, _catalogue.Match(text).Kind);
    }

    [Theory]
    [InlineData("I need the legal shared folder", "legal-shared-folder")]
    [InlineData("accès au dossier partagé rh", "hr-shared-folder")]
    [InlineData("the shared drive of the finance team please", "finance-shared-folder")]
    public void SharedWithItsNoun_IsStillTaken(string text, string expected)
    {
        Assert.Equal(expected, _catalogue.Match(text).Single?.Id);
    }
}
