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
            "distribution list", "outbox", "boite d envoi");
        Add(Email, SharedMailbox, 3.5, "shared mailbox", "boite partagee", "send as", "envoyer en tant que", "boite mail partagee",
            "boite aux lettres partagee", "generic mailbox", "team mailbox");
        Add(Email, null, 2, "email", "emails", "e mail", "mail", "mails", "courriel", "courriels", "inbox");
        Add(Email, Calendar, 2, "calendar", "calendrier", "agenda", "meeting invite", "invitation");

        Add(NetworkVpn, Vpn, 3, "vpn", "globalprotect", "anyconnect");
        Add(NetworkVpn, WiFi, 3, "wifi", "wi fi", "wlan");
        Add(NetworkVpn, null, 2.5, "network", "reseau", "ethernet", "firewall", "pare feu", "connexion reseau");
        Add(NetworkVpn, Internet, 2.5, "internet", "proxy", "connexion internet", "website", "websites", "site web", "sites web",
            "sites internet", "dns", "bandwidth", "debit");

        Add(Printing, Printer, 3, "printer", "imprimante", "toner", "cartouche", "photocopieur", "copieur");
        Add(Printing, Scanner, 3, "scanner", "scanners");
        Add(Printing, null, 2.5, "print", "printing", "imprimer", "impression", "bourrage", "paper jam", "photocopieuse",
            "imprimantes", "printers", "badge printer");
        Add(Printing, Scanner, 2.5, "scan", "scans", "numerisation", "numeriser", "scanning", "scan to");

        Add(AccountPassword, Mfa, 3, "mfa", "authenticator", "2fa", "double authentification", "multi factor");
        Add(AccountPassword, Password, 3, "password", "passwords", "mot de passe", "mdp");
        Add(AccountPassword, Account, 3, "locked out", "compte bloque", "compte verrouille", "account locked", "account is locked",
            "account disabled", "compte desactive");
        Add(AccountPassword, null, 2, "login", "log in", "sign in", "se connecter", "me connecter", "authentification",
            "identifiant", "username");
        Add(AccountPassword, Account, 2, "account", "compte");
        Add(AccountPassword, null, 1, "code");

        Add(Phone, DeskPhone, 4, "desk phone", "telephone fixe", "dial tone", "tonalite", "voicemail", "messagerie vocale",
            "landline");
        Add(Phone, Mobile, 4, "telephone portable", "mobile phone", "work phone", "company phone");
        Add(Phone, null, 4, "softphone");
        Add(Phone, null, 2, "phone", "telephone", "tel");
        Add(Phone, Mobile, 2, "smartphone", "iphone", "android", "sim", "mobile", "portable pro");

        Add(Workstation, null, 3, "pc", "computer", "ordi", "ordinateur", "keyboard", "clavier", "mouse", "souris",
            "docking", "dock", "station d accueil", "blue screen", "ecran bleu", "headset", "casque", "micro", "microphone", "usb");
        Add(Workstation, Laptop, 3, "laptop", "macbook", "thinkpad", "elitebook", "latitude", "portable", "pc portable",
            "ordinateur portable", "ordi portable", "notebook");
        Add(Workstation, Desktop, 3, "desktop", "workstation", "unite centrale", "desktop pc", "pc fixe", "poste fixe");
        Add(Workstation, Screen, 3, "moniteur", "display", "external display", "ecran externe", "hdmi", "second screen",
            "second monitor", "deuxieme ecran", "second ecran", "displayport");
        Add(Workstation, Screen, 2.5, "monitor", "monitors");
        Add(Workstation, Laptop, 2.5, "battery", "batterie", "charger", "chargeur");
        Add(Workstation, null, 2.5, "webcam");
        Add(Workstation, Screen, 2, "screen", "ecran", "ecrans", "screens");
        Add(Workstation, null, 2, "poste", "fan", "ventilateur", "boot", "demarrage", "demarre", "redemarre", "restarts",
            "windows", "mac");

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
