using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Flows.RequestAccess;

/// <summary>A small catalogue like the sample in appsettings.json: one resource of each kind and both approver rules.</summary>
internal static class TestAccessCatalogue
{
    public const string OwnerId = "29:owner-sap";
    public const string OwnerAadId = "00000000-0000-0000-0000-0000000000a1";

    public static AccessCatalogueOptions Options() => new()
    {
        Resources =
        [
            Resource("crm", AccessResourceKind.Application, "CRM (Dynamics 365 Sales)", "CRM (Dynamics 365 Sales)", ["read", "contribute", "admin"], keywords: ["dynamics", "sales"]),
            Resource("sap-finance", AccessResourceKind.Application, "SAP Finance", "SAP Finance", ["read", "contribute"], AccessApproverRule.Owners, [OwnerId, OwnerAadId]),
            Resource("hr-share", AccessResourceKind.SharedFolder, "HR shared folder", "Dossier partagé RH", ["read", "contribute"]),
            Resource("finance-team", AccessResourceKind.Group, "Finance Teams group", "Groupe Teams Finance", ["member", "owner"]),
            Resource("acrobat-pro", AccessResourceKind.Licence, "Adobe Acrobat Pro licence", "Licence Adobe Acrobat Pro", ["assigned"], keywords: ["pdf"]),
            Resource("power-bi-pro", AccessResourceKind.Licence, "Power BI Pro licence", "Licence Power BI Pro", ["assigned"]),
        ],
    };

    public static AccessCatalogue Catalogue() => AccessCatalogue.From(Options());

    public static AccessResourceOptions Resource(
        string id, AccessResourceKind kind, string en, string fr, List<string> levels,
        AccessApproverRule approver = AccessApproverRule.Manager, List<string>? owners = null, List<string>? keywords = null) =>
        new()
        {
            Id = id,
            Kind = kind,
            Name = new LocalizedTextOptions { En = en, Fr = fr },
            Description = new LocalizedTextOptions { En = $"What {en} is for.", Fr = $"À quoi sert {fr}." },
            Levels = levels,
            Approver = approver,
            Owners = owners ?? [],
            Keywords = keywords ?? [],
        };
}
