using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

public sealed class AccessCatalogueTests
{
    private readonly AccessCatalogue _catalogue = TestAccessCatalogue.Catalogue();

    [Theory]
    [InlineData("crm", "crm")]
    [InlineData("I need access to the CRM please", "crm")]
    [InlineData("dynamics", "crm")]
    [InlineData("sap finance", "sap-finance")]
    [InlineData("SAP", "sap-finance")]
    [InlineData("dossier partagé RH", "hr-share")]
    [InlineData("DOSSIER PARTAGE rh", "hr-share")]
    [InlineData("acrobat", "acrobat-pro")]
    [InlineData("acrobta pro", "acrobat-pro")]
    [InlineData("j'ai besoin d'une licence pdf", "acrobat-pro")]
    [InlineData("powerbi", "power-bi-pro")]
    [InlineData("Licence Power BI Pro", "power-bi-pro")]
    public void Match_WhatPeopleType_FindsOneResource(string typed, string expected)
    {
        var match = _catalogue.Match(typed);

        Assert.Equal(expected, match.Single?.Id);
    }

    [Fact]
    public void Match_WordSharedByTwoResources_ReturnsBothAsCandidates()
    {
        var match = _catalogue.Match("finance");

        Assert.Equal(["sap-finance", "finance-team"], match.Candidates.Select(r => r.Id));
        Assert.Null(match.Single);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the coffee machine")]
    [InlineData("je veux un accès")]
    [InlineData("🙂🙂")]
    public void Match_NothingLikeAResource_IsNone(string typed)
    {
        Assert.True(_catalogue.Match(typed).IsNone);
    }

    [Fact]
    public void Find_IgnoresCase_AndUnknownIsNull()
    {
        Assert.Equal("crm", _catalogue.Find("CRM")?.Id);
        Assert.Null(_catalogue.Find("nope"));
        Assert.Equal("contribute", _catalogue.Find("crm")!.Level("Contribute"));
        Assert.Null(_catalogue.Find("crm")!.Level("owner"));
    }

    [Fact]
    public void Errors_ValidCatalogue_None()
    {
        Assert.Empty(AccessCatalogueValidation.Errors(TestAccessCatalogue.Options()));
    }

    [Fact]
    public void Errors_EachProblem_NamesTheSetting()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].Id = "crm";
        options.Resources[1].Id = "CRM";
        options.Resources[1].Owners = [];
        options.Resources[2].Kind = null;
        options.Resources[2].Name.Fr = " ";
        options.Resources[3].Levels = ["member", "superuser"];
        options.Resources[4].Levels = ["read"];
        options.Resources[5].Approver = null;

        var errors = AccessCatalogueValidation.Errors(options);

        Assert.Contains("Catalogue:Access:Resources:1:Id 'CRM' is used by another resource.", errors);
        Assert.Contains(errors, e => e.StartsWith("Catalogue:Access:Resources:1:Owners needs at least one", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Catalogue:Access:Resources:2:Kind is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Catalogue:Access:Resources:2:Name:Fr is required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Catalogue:Access:Resources:3:Levels: 'superuser' is not a known level", StringComparison.Ordinal));
        Assert.Contains("Catalogue:Access:Resources:4:Levels of a licence is exactly [\"assigned\"].", errors);
        Assert.Contains(errors, e => e.StartsWith("Catalogue:Access:Resources:5:Approver is required", StringComparison.Ordinal));
        Assert.Equal(7, errors.Count);
    }

    [Fact]
    public void Errors_GroupIdNotAGuid_NamesTheSetting_AndAGroupReplacesNamedOwners()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[1].Owners = [];
        options.Resources[1].GroupId = "22222222-0000-0000-0000-000000000001";
        options.Resources[2].GroupId = "finance-group";

        var errors = AccessCatalogueValidation.Errors(options);

        Assert.Equal(["Catalogue:Access:Resources:2:GroupId 'finance-group' is not an Entra group object id (a GUID)."], errors);
    }

    [Fact]
    public void From_GroupIdAndFallbackApprover_AreKeptTrimmed()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].GroupId = " 22222222-0000-0000-0000-000000000001 ";
        options.Resources[0].FallbackApprover = " 29:lead ";

        var resource = AccessCatalogue.From(options).Find(options.Resources[0].Id)!;

        Assert.Equal(("22222222-0000-0000-0000-000000000001", "29:lead"), (resource.GroupId, resource.FallbackApprover));
        Assert.Null(AccessCatalogue.From(TestAccessCatalogue.Options()).Find(options.Resources[0].Id)!.GroupId);
    }

    [Fact]
    public void Errors_EmptyCatalogue_NamesTheSection()
    {
        Assert.Equal(["Catalogue:Access:Resources needs at least one resource."], AccessCatalogueValidation.Errors(new AccessCatalogueOptions()));
    }

    [Fact]
    public void From_InvalidOptions_ThrowsWithEveryMessage()
    {
        var options = TestAccessCatalogue.Options();
        options.Resources[0].Id = "bad id!";

        var error = Assert.Throws<InvalidOperationException>(() => AccessCatalogue.From(options));

        Assert.Contains("Catalogue:Access:Resources:0:Id is required", error.Message, StringComparison.Ordinal);
    }
}
