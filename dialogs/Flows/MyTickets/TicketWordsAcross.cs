using System.Collections.Frozen;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// The same symptom or thing in the other language, folded: a follow-up in French about a ticket written in English
/// ("mon souci de lenteur au démarrage" for "Laptop takes 10 minutes to start") or the other way round. Words people
/// use for what goes wrong with their equipment; products have one name in both languages and need no entry.
/// </summary>
internal static class TicketWordsAcross
{
    /// <summary>A word met through its translation counts a little less than the same word.</summary>
    public const double Weight = 0.9;

    private static readonly (string Fr, string En)[] Pairs =
    [
        ("lent", "slow"), ("lente", "slow"), ("lenteur", "slow"), ("rame", "slow"), ("demarrage", "start"), ("demarrer", "start"),
        ("demarre", "starts"), ("allumer", "start"), ("ecran", "screen"), ("ecran", "monitor"), ("moniteur", "monitor"),
        ("clignote", "flickers"), ("scintille", "flickers"), ("clignotement", "flickers"), ("imprimante", "printer"),
        ("impression", "prints"), ("imprime", "prints"), ("blanches", "blank"), ("blanche", "blank"), ("vide", "blank"),
        ("son", "sound"), ("micro", "microphone"), ("entend", "hears"), ("appels", "calls"), ("appel", "calls"),
        ("coupe", "drops"), ("deconnecte", "disconnects"), ("deconnexion", "disconnects"), ("mdp", "password"),
        ("motdepasse", "password"), ("portable", "laptop"),
        ("ordinateur", "laptop"), ("ordi", "laptop"), ("deuxieme", "second"), ("station", "dock"),
        ("accueil", "dock"), ("etage", "floor"), ("cuisine", "kitchen"), ("maison", "home"), ("teletravail", "home"),
        ("redemande", "asks"), ("bruit", "noise"), ("clavier", "keyboard"), ("souris", "mouse"),
        ("casque", "headset"), ("batterie", "battery"), ("charge", "charging"), ("reseau", "network"), ("lecteur", "drive"),
        // "Mot de passe" comes as its words: "passe" alone is the password in a follow-up.
        ("passe", "password"), ("identifiant", "login"), ("identifiants", "login"), ("connexion", "login"), ("connexion", "connection"),
        ("distance", "remote"), ("distance", "home"), ("scintillement", "flickers"), ("scintillent", "flickers"), ("eternite", "slow"),
        ("courriel", "email"), ("courriels", "email"), ("messagerie", "email"), ("boite", "mailbox"), ("pilote", "driver"),
        ("imprimer", "prints"), ("imprime", "printer"), ("appli", "app"), ("licence", "license"), ("acces", "access"),
        ("dossier", "folder"), ("partage", "shared"), ("telephone", "phone"), ("verrouille", "locked"), ("bloque", "locked"),
        ("compte", "account"), ("reunion", "meeting"), ("reunions", "meetings"), ("reunion", "calls"), ("camera", "webcam"),
        ("sauvegarde", "backup"), ("fichier", "file"), ("fichiers", "files"), ("plein", "full"), ("pleine", "full"),
        ("gele", "frozen"), ("fige", "freezes"), ("plante", "crashes"), ("noir", "black"), ("personne", "nobody"),
        ("entendre", "hears"), ("coupure", "drops"), ("coupures", "drops"), ("coupe", "disconnects"), ("papier", "paper"),
        ("bourrage", "jam"),
    ];

    private static readonly FrozenDictionary<string, string[]> Across = Pairs
        .SelectMany(p => new[] { (From: p.Fr, To: p.En), (From: p.En, To: p.Fr) })
        .Where(p => p.From != p.To)
        .GroupBy(p => p.From, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.To).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The word's equivalents in the other language (none when it has no entry).</summary>
    public static IReadOnlyList<string> Of(string word) => Across.TryGetValue(word, out var other) ? other : [];
}
