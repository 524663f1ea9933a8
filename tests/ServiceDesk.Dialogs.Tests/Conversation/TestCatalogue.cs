using ServiceDesk.Dialogs.Catalogue;

namespace ServiceDesk.Dialogs.Tests.Conversation;

/// <summary>The incident catalogue as appsettings.json ships it (ids, English and French names, services).</summary>
internal static class TestCatalogue
{
    public static IncidentCatalogueOptions Options { get; } = new()
    {
        Categories =
        [
            Entry("workstation", "Workstation", "Poste de travail", ("laptop", "Laptop", "Ordinateur portable"), ("desktop", "Desktop", "Ordinateur fixe")),
            Entry("software", "Software", "Logiciels", ("office", "Office", "Office"), ("sap", "SAP", "SAP")),
            Entry("email", "Email", "Messagerie", ("outlook", "Outlook", "Outlook"), ("shared-mailbox", "Shared mailboxes", "Boîtes partagées")),
            Entry("network-vpn", "Network and VPN", "Réseau et VPN", ("vpn", "VPN", "VPN"), ("wifi", "Wi-Fi", "Wi-Fi")),
            Entry("printing", "Printing", "Impression", ("printer", "Printers", "Imprimantes")),
            Entry("account-password", "Account and password", "Compte et mot de passe", ("mfa", "MFA", "MFA")),
            Entry("phone", "Phone", "Téléphone", ("mobile", "Mobile phone", "Téléphone mobile")),
            Entry("other", "Other", "Autre"),
        ],
    };

    private static CatalogueEntry Entry(string id, string en, string fr, params (string Id, string En, string Fr)[] services) => new()
    {
        Id = id,
        Name = new(StringComparer.OrdinalIgnoreCase) { ["en"] = en, ["fr"] = fr },
        Services = [.. services.Select(s => Entry(s.Id, s.En, s.Fr))],
    };
}
