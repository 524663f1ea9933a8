using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>The software and hardware items' checks at start: each error names the setting to fix.</summary>
public sealed class ServiceCatalogueValidationTests
{
    [Fact]
    public void TheShippedItems_AreValid_AndBuildWithTheAccessCatalogue()
    {
        Assert.Empty(ServiceCatalogueValidation.Errors(ShippedAccessCatalogue.Items(), ShippedAccessCatalogue.Options()));
        var catalogue = ShippedAccessCatalogue.Catalogue();
        Assert.Equal(AccessResourceKind.Software, catalogue.Find("visio-app")!.Kind);
        Assert.Equal("hardware-requests", catalogue.Find("laptop")!.Queue);
        Assert.DoesNotContain(catalogue.Resources, r => r.IsItem);
    }

    [Fact]
    public void EveryMistake_IsNamedBySetting()
    {
        var options = new ServiceCatalogueOptions
        {
            Software =
            {
                Items =
                [
                    Item("crm", AccessApproverRule.None),
                    Item("notepad", null),
                    Item("visio-app", AccessApproverRule.Owners, queue: "Software Desk!"),
                ],
            },
            Hardware = { Items = [Item("screen", AccessApproverRule.None, name: ""), Item("monitor", AccessApproverRule.None), Item("dock", AccessApproverRule.None, alias: "monitor")] },
        };

        var errors = ServiceCatalogueValidation.Errors(options, ShippedAccessCatalogue.Options());

        Assert.Equal(
        [
            "Catalogue:Software:Items:0:Id 'crm' is used by another resource or item of the catalogue.",
            "Catalogue:Software:Items:1:Approver is required: None, Manager or Owners.",
            "Catalogue:Software:Items:2:Owners needs at least one Teams user id or Entra object id (no empty entries) when Approver is Owners.",
            "Catalogue:Software:Items:2:Queue 'Software Desk!' must be a queue category: lowercase letters, digits and '-' (e.g. software-requests).",
            "Catalogue:Hardware:Items:0:Name:En is required (at most 100 characters).",
            "Catalogue:Hardware:Items:2:Aliases:En:0 'monitor' is already a name or alias of 'monitor': each name must lead to one item.",
        ], errors);
    }

    [Fact]
    public void AccessResources_CannotBeSoftwareOrHaveNoApprover()
    {
        var options = ShippedAccessCatalogue.Options();
        options.Resources[0].Kind = AccessResourceKind.Software;
        options.Resources[1].Approver = AccessApproverRule.None;

        var errors = AccessCatalogueValidation.Errors(options);

        Assert.Contains("Catalogue:Access:Resources:0:Kind is required: Application, Group, SharedFolder, Licence or Site.", errors);
        Assert.Contains("Catalogue:Access:Resources:1:Approver is required: Manager or Owners.", errors);
    }

    private static ServiceItemOptions Item(string id, AccessApproverRule? approver, string? queue = null, string? name = null, string? alias = null) => new()
    {
        Id = id,
        Name = new LocalizedTextOptions { En = name ?? id, Fr = (name ?? id) + " (fr)" },
        Description = new LocalizedTextOptions { En = "Something.", Fr = "Quelque chose." },
        Approver = approver,
        Queue = queue,
        Aliases = new LocalizedListOptions { En = alias is null ? [] : [alias] },
    };
}
