using static ServiceDesk.Dialogs.Understanding.CategoryIds;
using static ServiceDesk.Dialogs.Understanding.ServiceIds;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Words that name what is affected: an incident category and, for a named product, the service.
/// A product weighs more than a generic word, so "the scanner won't send scans by mail" is printing.
/// </summary>
internal static class TopicCues
{
    public static PhraseIndex<(string Category, string? Service, double Weight)> Build()
    {
        var index = new PhraseIndex<(string, string?, double)>();
        void Add(string category, string? service, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, (category, service, weight));
            }
        }

        Add(Email, Outlook, 3, "outlook");
        Add(Email, null, 3, "mailbox", "boite mail", "boite aux lettres", "messagerie", "exchange", "out of office",
            "shared mailbox", "boite partagee", "send as", "envoyer en tant que", "distribution list", "outbox", "boite d envoi");
        Add(Email, null, 2, "email", "emails", "e mail", "mail", "mails", "courriel", "courriels", "inbox", "calendar", "calendrier");

        Add(NetworkVpn, Vpn, 3, "vpn", "globalprotect", "anyconnect");
        Add(NetworkVpn, WiFi, 3, "wifi", "wi fi", "wlan");
        Add(NetworkVpn, null, 2.5, "internet", "network", "reseau", "ethernet", "proxy", "connexion internet", "website", "websites",
            "site web", "sites web", "sites internet", "dns", "firewall", "pare feu", "bandwidth", "debit", "connexion reseau");

        Add(Printing, Printer, 3, "printer", "imprimante", "toner", "cartouche", "photocopieur", "copieur");
        Add(Printing, Scanner, 3, "scanner", "scanners");
        Add(Printing, null, 2.5, "print", "printing", "imprimer", "impression", "bourrage", "paper jam", "photocopieuse",
            "imprimantes", "printers", "badge printer");
        Add(Printing, Scanner, 2.5, "scan", "scans", "numerisation", "numeriser", "scanning", "scan to");

        Add(AccountPassword, Mfa, 3, "mfa", "authenticator", "2fa", "double authentification", "multi factor");
        Add(AccountPassword, null, 3, "password", "passwords", "mot de passe", "mdp", "locked out", "compte bloque");
        Add(AccountPassword, null, 2, "login", "log in", "sign in", "account", "compte", "se connecter", "me connecter",
            "authentification", "identifiant", "username");
        Add(AccountPassword, null, 1, "code");

        Add(Phone, null, 4, "desk phone", "telephone fixe", "dial tone", "tonalite", "voicemail", "messagerie vocale");
        Add(Phone, null, 4, "telephone portable", "mobile phone", "work phone", "company phone", "softphone");
        Add(Phone, null, 2, "phone", "telephone", "smartphone", "iphone", "android", "sim", "mobile", "tel");

        Add(Workstation, null, 3, "laptop", "pc", "computer", "ordi", "ordinateur", "keyboard", "clavier", "mouse", "souris",
            "docking", "dock", "station d accueil", "macbook", "blue screen", "ecran bleu", "thinkpad", "workstation",
            "desktop", "elitebook", "latitude", "moniteur", "display", "external display", "ecran externe", "portable",
            "pc portable", "ordinateur portable", "headset", "casque", "micro", "microphone", "usb", "hdmi");
        Add(Workstation, null, 2.5, "monitor", "battery", "batterie", "charger", "chargeur", "webcam");
        Add(Workstation, null, 2, "poste", "screen", "ecran", "fan", "ventilateur", "boot", "demarrage", "demarre",
            "redemarre", "restarts", "windows", "mac");

        Add(Software, Teams, 3, "teams");
        Add(Software, Teams, 4, "share my screen", "screen sharing", "share screen", "partage d ecran", "partager mon ecran");
        Add(Software, OneDrive, 3, "onedrive", "one drive");
        Add(Software, SharePoint, 3, "sharepoint");
        Add(Software, Sap, 3, "sap");
        Add(Software, Office, 3, "excel", "powerpoint", "office");
        Add(Software, Office, 1.5, "word");
        Add(Software, Adobe, 3, "adobe", "acrobat");
        Add(Software, Salesforce, 3, "salesforce");
        Add(Software, Jira, 3, "jira");
        Add(Software, Zoom, 3, "zoom");
        Add(Software, null, 3, "logiciel", "software", "application", "appli");
        Add(Software, null, 2, "app", "program", "programme", "chrome", "browser", "navigateur", "pdf", "pdfs", "update", "mise a jour");
        return index;
    }
}
