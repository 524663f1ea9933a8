using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

public sealed class AccessCatalogueAliasTests
{
    [Fact]
    public void ShippedCatalogue_IsValid_AndEveryResourceHasAliasesInBothLanguages()
    {
        var options = ShippedAccessCatalogue.Options();

        Assert.Empty(AccessCatalogueValidation.Errors(options));
        Assert.All(options.Resources, r => Assert.True(r.Aliases.En.Count > 0 && r.Aliases.Fr.Count > 0, r.Id));
    }

    [Fact]
    public void Errors_AliasOfTwoResources_NamesTheSettingAndTheOtherResource()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[1].Aliases.Fr.Add("Dynamics");
        options.Resources[0].Aliases.En.Add("dynamics");

        var errors = AccessCatalogueValidation.Errors(options);

        Assert.Equal(["Catalogue:Access:Resources:1:Aliases:Fr:0 'Dynamics' is already a name or alias of 'crm': each name must lead to one resource."], errors);
    }

    [Fact]
    public void Errors_AliasThatIsAnotherResourcesName_IsRefused()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[2].Aliases.En.Add("SAP  finance");

        Assert.Contains("Catalogue:Access:Resources:2:Aliases:En:0 'SAP  finance' is already a name or alias of 'sap-finance': each name must lead to one resource.", AccessCatalogueValidation.Errors(options));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- !")]
    public void Errors_EmptyOrPunctuationAlias_IsRefused(string alias)
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[3].Aliases.Fr.Add(alias);

        Assert.Equal(["Catalogue:Access:Resources:3:Aliases:Fr:0 must have a letter or a digit (at most 100 characters)."], AccessCatalogueValidation.Errors(options));
    }

    [Fact]
    public void From_DuplicateAlias_StopsWithTheMessage()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[4].Aliases.En.Add("Licence Power BI Pro");

        var error = Assert.Throws<InvalidOperationException>(() => AccessCatalogue.From(options));

        Assert.Contains("Catalogue:Access:Resources:4:Aliases:En:0 'Licence Power BI Pro' is already a name or alias of 'power-bi-pro'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ByAliasInEitherLanguage()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[2].Aliases.En.Add("people drive");
        options.Resources[2].Aliases.Fr.Add("lecteur du personnel");
        var catalogue = AccessCatalogue.From(options);

        Assert.Equal("hr-share", catalogue.Match("can I get the people drive").Single?.Id);
        Assert.Equal("hr-share", catalogue.Match("accès au lecteur du personnel").Single?.Id);
    }
}
