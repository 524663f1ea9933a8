using static ServiceDesk.Dialogs.Understanding.CategoryIds;
using static ServiceDesk.Dialogs.Understanding.ServiceIds;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Words that name what is affected: an incident category and, for a named product, the service.
/// A product weighs more than a generic word, so "the scanner won't send scans by mail" is printing.
/// A word that names no product but only falls in one of the catalogue's services (a keyboard is among the "screen and
/// accessories", "my emails" are Outlook's, "print" the printers', "my pc" a laptop) gives that service as
/// <c>Implied</c>: it pre-fills the form, but never names a thing a follow-up is about (a docking station ticket is not
/// the ticket about a screen).
/// </summary>
internal static class TopicCues
{
    /// <summary>A computer of no stated kind: a desktop or a laptop by what else the sentence says (TopicReader); never returned.</summary>
    internal const string AnyComputer = "any-computer";

    /// <summary>Rooms shared by everyone: what is fixed in them (a screen, a touch panel, a camera) is the building's.</summary>
    public static readonly string[] Rooms =
    [
        "boardroom", "board room", "meeting room", "meeting rooms", "conference room", "conference rooms", "huddle room",
        "salle de reunion", "salle de reunions", "salle du conseil", "salle de conference", "salle de conseil", "salle de visio",
        "salle visio", "salle de formation", "training room",
    ];

    public static PhraseIndex<(string Category, string? Service, double Weight, bool Implied)> Build()
    {
        var index = new PhraseIndex<(string, string?, double, bool)>();
        void Add(string category, string? service, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, (category, service, weight, false));
            }
        }

        void Imply(string category, string service, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, (category, service, weight, true));
            }
        }

        Add(Email, Outlook, 3, "outlook");
        Imply(Email, Outlook, 3, "mailbox", "boite mail", "boite aux lettres", "messagerie", "exchange", "out of office", "outbox",
            "boite d envoi", "undeliverable", "non remis", "non distribuable", "ndr", "bounced", "bounce back", "550 5", "554 5");
        Add(Email, null, 3, "distribution list");
        Add(Email, SharedMailbox, 3.5, "shared mailbox", "boite partagee", "send as", "envoyer en tant que", "boite mail partagee",
            "boite aux lettres partagee", "generic mailbox", "team mailbox");
        // Which address a mail goes out from is the shared mailbox's or the alias's setting (send as, on behalf).
        Add(Email, SharedMailbox, 3, "from my own address", "my own address", "from my address", "from my personal address",
            "sender address", "from address", "goes out from", "goes out as", "comes from my address",
            "expediteur", "adresse d expedition", "adresse de l expediteur", "part de mon adresse", "avec mon adresse",
            "ma propre adresse", "sous mon nom", "de ma propre adresse");
        Imply(Email, Outlook, 2, "email", "emails", "e mail", "mail", "mails", "courriel", "courriels", "inbox");
        // The calendar is a part of the mail client: "mon agenda outlook" is about the calendar.
        Add(Email, Calendar, 3.5, "calendar", "calendrier", "agenda");
        Add(Email, Calendar, 2, "meeting invite", "invitation", "invits", "meeting invites");

        Add(NetworkVpn, Vpn, 3, "vpn", "globalprotect", "anyconnect", "forticlient", "openvpn", "pulse secure", "wireguard");
        Add(NetworkVpn, Vpn, 2.5, "connexion a distance", "acces a distance", "remote connection", "connexion distante");
        Add(NetworkVpn, WiFi, 3, "wifi", "wi fi", "wlan", "hotspot", "borne wifi");
        Add(NetworkVpn, null, 2.5, "network", "reseau", "ethernet", "firewall", "pare feu", "connexion reseau");
        Add(NetworkVpn, Internet, 2.5, "internet", "proxy", "connexion internet", "website", "websites", "site web", "sites web",
            "sites internet", "dns", "bandwidth", "debit");

        Add(Printing, Printer, 3, "printer", "imprimante", "toner", "cartouche", "photocopieur", "copieur");
        Add(Printing, Scanner, 3, "scanner", "scanners");
        Imply(Printing, Printer, 2.5, "print", "printing", "prints", "imprimer", "impression", "imprime", "bourrage", "paper jam",
            "photocopieuse", "imprimantes", "printers", "badge printer", "print jobs", "print queue", "file d impression");
        Add(Printing, Scanner, 2.5, "scan", "scans", "numerisation", "numeriser", "scanning", "scan to");

        Add(AccountPassword, Mfa, 3, "mfa", "authenticator", "2fa", "double authentification", "multi factor", "aadsts50076",
            "aadsts50079", "aadsts50074");
        Add(AccountPassword, Password, 3, "password", "passwords", "mot de passe", "mdp", "aadsts50126");
        Add(AccountPassword, Account, 3, "locked out", "compte bloque", "compte verrouille", "account locked", "account is locked",
            "account disabled", "compte desactive", "got locked", "gets locked", "get locked", "been locked", "locked again",
            "lockout", "locked me out", "locks me out", "compte est bloque", "compte est verrouille", "compte a ete bloque",
            "compte s est bloque", "compte verouille", "aadsts50053", "aadsts50057");
        Add(AccountPassword, null, 2, "login", "log in", "sign in", "se connecter", "me connecter", "authentification",
            "identifiant", "username");
        Add(AccountPassword, Account, 2, "account", "compte");
        Add(AccountPassword, null, 1, "code");

        Add(Phone, DeskPhone, 4, "desk phone", "telephone fixe", "dial tone", "tonalite", "voicemail", "messagerie vocale",
            "landline", "phone on my desk", "telephone du bureau", "telephone de bureau", "office phone", "poste telephonique");
        Add(Phone, Mobile, 4, "telephone portable", "mobile phone", "work phone", "company phone", "portable pro", "tel pro",
            "telephone pro", "phone pro", "smartphone pro", "cell phone", "cellphone");
        Add(Phone, null, 4, "softphone");
        Add(Phone, null, 2, "phone", "telephone", "tel");
        Add(Phone, Mobile, 2, "smartphone", "iphone", "android", "sim", "mobile");

        // A computer named without its kind, and what any computer does (a blue screen, a boot), is the computer the
        // sentence names: a desktop when it says so ("le pc fixe fait un écran bleu") or when the computer is shared or
        // a place's ("the pc at the front desk"), else a laptop (what most employees have). TopicReader decides.
        Imply(Workstation, AnyComputer, 3, "pc", "computer", "ordi", "ordinateur", "blue screen", "ecran bleu", "bsod");
        // The catalogue's "screen and accessories".
        Imply(Workstation, Screen, 3, "keyboard", "clavier", "mouse", "souris", "docking", "dock", "station d accueil",
            "docking station", "headset", "casque", "micro", "microphone", "usb", "webcam", "trackpad", "touchpad");
        Add(Workstation, Laptop, 3, "laptop", "macbook", "thinkpad", "elitebook", "latitude", "portable", "pc portable",
            "ordinateur portable", "ordi portable", "notebook");
        Add(Workstation, Desktop, 3, "desktop", "workstation", "unite centrale", "desktop pc", "pc fixe", "poste fixe",
            "desktop computer", "ordinateur fixe", "ordi fixe", "pc tower", "tower pc", "computer tower", "my tower", "ma tour",
            "tour du pc", "tour du poste", "tour de l ordi", "tour de l ordinateur", "tour de mon pc", "pc de bureau");
        Add(Workstation, Screen, 3, "moniteur", "display", "external display", "ecran externe", "hdmi", "second screen",
            "second monitor", "deuxieme ecran", "second ecran", "displayport");
        Add(Workstation, Screen, 2.5, "monitor", "monitors");
        Imply(Workstation, Laptop, 2.5, "battery", "batterie", "charger", "chargeur");
        Imply(Workstation, Screen, 2.5, "webcam");
        Add(Workstation, Screen, 2, "screen", "ecran", "ecrans", "screens");
        Imply(Workstation, AnyComputer, 2, "boot", "demarrage", "demarre", "redemarre", "restarts", "fan", "ventilateur");
        Add(Workstation, null, 2, "poste", "windows", "mac");

        Add(Software, Teams, 3, "teams");
        Add(Software, Teams, 4, "share my screen", "screen sharing", "share screen", "partage d ecran", "partager mon ecran",
            "ecran partage", "partage ecran", "shared screen");
        Add(Software, OneDrive, 3, "onedrive", "one drive");
        // The catalogue files SharePoint under "OneDrive and SharePoint".
        Add(Software, OneDrive, 3, "sharepoint");
        Add(Software, Sap, 3, "sap");
        Add(Software, Office, 3, "excel", "powerpoint", "office", "onenote", "office 365", "microsoft 365", "o365", "m365");
        Add(Software, Office, 1.5, "word");
        Add(Software, Adobe, 3, "adobe", "acrobat", "photoshop", "illustrator", "indesign", "lightroom", "premiere pro");
        Add(Software, Salesforce, 3, "salesforce");
        Add(Software, Jira, 3, "jira");
        Add(Software, Zoom, 3, "zoom");
        Add(Software, null, 3, "logiciel", "software", "application", "appli");
        Add(Software, null, 2, "app", "program", "programme", "chrome", "browser", "navigateur", "pdf", "pdfs", "update", "mise a jour");

        // Things of the building rather than of IT's catalogue: the form's "other". A television is a shared room's
        // display, never an employee's own screen; a room's own gear is read with the room (TopicReader).
        Add(Other, null, 3, Rooms);
        Add(Other, null, 3, "tv", "television", "televiseur", "smart tv", "ecran tv");
        Add(Other, null, 3, "badge reader", "lecteur de badge", "lecteur badge", "badgeuse", "projector", "videoprojecteur",
            "projecteur", "beamer", "video projecteur", "tourniquet", "turnstile");
        return index;
    }
}
