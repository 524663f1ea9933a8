using System.Collections.Frozen;

namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>
/// The words employees use for what the articles call otherwise, on folded text, applied to articles and queries
/// alike. Phrases are joined before tokenising ("wi-fi" → "wifi"); words are replaced by one or more words
/// ("mdp" → "motdepasse"); a phrase may keep some of its words beside the joined one. Small on purpose: each entry is a guess about how people type.
/// </summary>
internal static class Synonyms
{
    private static readonly (string Phrase, string Replacement)[] SharedPhrases =
    [
        ("wi-fi", "wifi"), ("wi fi", "wifi"), ("e-mail", "email"), ("e-mails", "email"), ("one drive", "onedrive"),
        ("share point", "sharepoint"), ("out-of-office", "outofoffice"), ("out of office", "outofoffice"),
        ("multi-factor", "mfa"), ("multi factor", "mfa"), ("two-factor", "mfa"), ("two factor", "mfa"), ("2-factor", "mfa"),
        ("blue screen", "bsod"), ("log in", "login"), ("log on", "login"), ("sign in", "login"), ("sign-in", "login"),
        ("signing in", "login"), ("logging in", "login"), ("set up", "setup"), ("set-up", "setup"),
        ("docking station", "dock"), ("remote desktop", "rdp"), ("setting up", "setup"), ("sets up", "setup"),
        ("auto reply", "outofoffice"), ("auto-reply", "outofoffice"), ("auto replies", "outofoffice"), ("hard drive", "disk"),
        ("hard disk", "disk"),
    ];

    private static readonly (string Phrase, string Replacement)[] FrenchPhrases =
    [
        ("mot de passe", "motdepasse"), ("mots de passe", "motdepasse"), ("ecran bleu", "bsod"), ("double authentification", "mfa"),
        ("authentification multifacteur", "mfa"), ("authentification a deux facteurs", "mfa"), ("message d'absence", "outofoffice"),
        ("messages d'absence", "outofoffice"), ("reponse automatique", "outofoffice"), ("reponses automatiques", "outofoffice"),
        ("bureau a distance", "rdp"), ("station d'accueil", "dock"), ("boite aux lettres", "boitemail boite"),
        ("boite mail", "boitemail boite"), ("boite de reception", "boitemail boite reception"),
        ("disque dur", "disque"), ("chez moi", "maison"), ("chez vous", "maison"), ("chez soi", "maison"), ("a la maison", "maison"),
    ];

    private static readonly FrozenDictionary<string, string> EnglishWords = new Dictionary<string, string>
    {
        ["pwd"] = "password", ["passwd"] = "password", ["pw"] = "password", ["passcode"] = "password", ["mdp"] = "password",
        ["imprimante"] = "printer", ["2fa"] = "mfa", ["authenticator"] = "mfa authenticator", ["ooo"] = "outofoffice",
        ["autoreply"] = "outofoffice", ["mail"] = "email", ["mails"] = "email", ["pc"] = "computer", ["notebook"] = "laptop",
        ["cellphone"] = "mobile", ["smartphone"] = "mobile", ["cell"] = "mobile", ["sluggish"] = "slow", ["laggy"] = "slow",
        ["lag"] = "slow", ["logon"] = "login", ["signin"] = "login", ["wireless"] = "wifi", ["expiry"] = "expire",
        ["expiration"] = "expire", ["lockout"] = "locked", ["bsod"] = "bsod crash", ["rdp"] = "rdp remote",
        ["hotspot"] = "wifi", ["licence"] = "license", ["licences"] = "license", ["licenses"] = "license",
        ["forgotten"] = "forgot", ["forget"] = "forgot", ["mic"] = "microphone", ["webcam"] = "camera", ["cam"] = "camera",
        ["hangs"] = "freezing", ["hang"] = "freezing", ["hanging"] = "freezing", ["frozen"] = "freezing", ["freezes"] = "freezing",
        ["reboot"] = "restart", ["reboots"] = "restart", ["rebooting"] = "restart", ["rebooted"] = "restart", ["pa"] = "assistant",
        ["headphones"] = "headset", ["earphones"] = "headset", ["calender"] = "calendar", ["agenda"] = "calendar",

        // French IT words typed in an English sentence, or a French question read against the English articles.
        ["ecran"] = "screen", ["ecrans"] = "screen", ["clavier"] = "keyboard", ["souris"] = "mouse", ["disque"] = "disk",
        ["plein"] = "full", ["pleine"] = "full", ["lent"] = "slow", ["lente"] = "slow", ["compte"] = "account",
        ["bloque"] = "locked", ["bloquee"] = "locked", ["verrouille"] = "locked", ["reunion"] = "meeting", ["salle"] = "room",
        ["telephone"] = "phone", ["reseau"] = "network", ["lecteur"] = "drive", ["partage"] = "shared", ["partagee"] = "shared",
        ["logiciel"] = "software", ["ordinateur"] = "computer", ["ordi"] = "computer", ["oublie"] = "forgot", ["perdu"] = "lost",
        ["vole"] = "stolen", ["casque"] = "headset", ["enregistrement"] = "recording", ["enregistrer"] = "record",
        ["calendrier"] = "calendar", ["imprimer"] = "print", ["courriel"] = "email",
        ["motdepasse"] = "password", ["plantage"] = "crash", ["visiteur"] = "visitor",
        ["boite"] = "mailbox", ["numeriser"] = "scan", ["synchronise"] = "sync", ["synchronisation"] = "sync",
        ["misplaced"] = "lost", ["nicked"] = "stolen", ["robbed"] = "stolen", ["iphone"] = "phone", ["android"] = "phone",
        ["samsung"] = "phone", ["egare"] = "lost", ["egaree"] = "lost", ["disparu"] = "lost", ["disparue"] = "lost",
        ["fraudulent"] = "scam", ["frauduleux"] = "scam", ["frauduleuse"] = "scam",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> FrenchWords = new Dictionary<string, string>
    {
        ["mdp"] = "motdepasse", ["password"] = "motdepasse", ["pwd"] = "motdepasse", ["printer"] = "imprimante",
        ["2fa"] = "mfa", ["a2f"] = "mfa", ["courriel"] = "email", ["courriels"] = "email", ["mail"] = "email",
        ["mails"] = "email", ["mel"] = "email", ["ordi"] = "ordinateur", ["pc"] = "ordinateur", ["rame"] = "lent",
        ["rament"] = "lent", ["ramer"] = "lent", ["lente"] = "lent", ["appli"] = "application", ["applis"] = "application",
        ["smartphone"] = "mobile", ["licences"] = "licence", ["license"] = "licence",
        ["verrouille"] = "bloque", ["verrouillee"] = "bloque", ["verrouillage"] = "bloque", ["expiration"] = "expire",
        ["bsod"] = "bsod plantage",
        ["recois"] = "recevoir", ["recoit"] = "recevoir", ["recoivent"] = "recevoir", ["recevez"] = "recevoir", ["recu"] = "recevoir",
        ["recue"] = "recevoir", ["recus"] = "recevoir", ["recues"] = "recevoir", ["acceder"] = "acces", ["accedez"] = "acces",
        ["accede"] = "acces", ["rdp"] = "rdp distance", ["absence"] = "outofoffice absence",
        ["micro"] = "microphone", ["webcam"] = "camera", ["plante"] = "plantage",
        ["egare"] = "perdu", ["egaree"] = "perdu", ["egares"] = "perdu", ["egarer"] = "perdu", ["paume"] = "perdu",
        ["iphone"] = "telephone", ["android"] = "telephone", ["samsung"] = "telephone", ["frauduleux"] = "arnaque",
        ["frauduleuse"] = "arnaque", ["frauduleuses"] = "arnaque", ["escroquerie"] = "arnaque", ["session"] = "connexion",
        ["sessions"] = "connexion", ["misplaced"] = "perdu", ["scam"] = "arnaque",

        // English IT words in a French sentence ("mon outlook ne sync plus"), or an English question read against the
        // French articles.
        ["screen"] = "ecran", ["monitor"] = "ecran", ["keyboard"] = "clavier", ["mouse"] = "souris", ["disk"] = "disque",
        ["full"] = "plein", ["slow"] = "lent", ["account"] = "compte", ["locked"] = "bloque", ["lock"] = "bloque",
        ["blocked"] = "bloque", ["stuck"] = "bloque", ["meeting"] = "reunion", ["room"] = "salle", ["phone"] = "telephone",
        ["network"] = "reseau", ["drive"] = "lecteur", ["shared"] = "partage", ["laptop"] = "portable ordinateur",
        ["computer"] = "ordinateur", ["software"] = "logiciel", ["install"] = "installer", ["login"] = "connecter",
        ["forgot"] = "oublie", ["lost"] = "perdu", ["stolen"] = "vole", ["crash"] = "plantage", ["headset"] = "casque",
        ["mic"] = "microphone", ["recording"] = "enregistrement", ["record"] = "enregistrer", ["calendar"] = "agenda calendrier",
        ["mailbox"] = "boitemail boite", ["inbox"] = "boitemail reception", ["reset"] = "reinitialiser", ["unlock"] = "debloquer",
        ["queue"] = "file", ["guest"] = "invite", ["visitor"] = "visiteur", ["leaving"] = "depart", ["leaver"] = "depart",
        ["sync"] = "synchronisation", ["syncing"] = "synchronisation", ["print"] = "impression", ["printing"] = "impression",
        ["voicemail"] = "messagerie vocale", ["expired"] = "expire", ["update"] = "jour", ["updates"] = "jour",
    }.ToFrozenDictionary();

    public static IReadOnlyList<(string Phrase, string Replacement)> PhrasesFor(string language) =>
        language == "fr" ? [.. FrenchPhrases, .. SharedPhrases] : SharedPhrases;

    public static FrozenDictionary<string, string> WordsFor(string language) => language == "fr" ? FrenchWords : EnglishWords;
}
