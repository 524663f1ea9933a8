namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Frequent English and French words, known as they are so spelling repair leaves them alone
/// ("there" is not a typo of "where", "files" is not one of "fils").
/// </summary>
internal static class CommonWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        // English
        "about", "above", "after", "again", "against", "all", "also", "always", "and", "another", "any", "anything", "are",
        "around", "because", "been", "before", "being", "below", "between", "both", "but", "came", "come", "could", "days",
        "does", "doing", "done", "down", "each", "every", "everytime", "first", "from", "gets", "getting", "give", "going",
        "gone", "good", "great", "have", "having", "hello", "here", "home", "just", "know", "last", "later", "like", "little",
        "look", "looks", "made", "make", "many", "might", "more", "morning", "most", "much", "must", "never", "next", "night",
        "nothing", "now", "office", "only", "open", "opened", "opening", "other", "others", "over", "people", "please",
        "really", "right", "said", "same", "says", "second", "seems", "should", "show", "since", "some", "something",
        "still", "such", "super", "sure", "take", "than", "thank", "thanks", "that", "their", "them", "then", "there",
        "these", "they", "thing", "things", "think", "this", "those", "through", "time", "times", "today", "tomorrow",
        "tried", "tries", "trying", "turn", "under", "until", "upon", "very", "want", "week", "well", "were", "what",
        "when", "where", "which", "while", "whole", "will", "with", "without", "work", "works", "worked", "would", "write",
        "yesterday", "your", "yours", "files", "file", "folder", "start", "starts", "started", "floor", "meeting", "room",
        "again", "anymore", "keys", "type", "types", "black", "turns", "large", "small", "check", "progress", "news",
        "project", "reports", "visitors", "external", "personal", "sticks", "expense", "drive", "guest", "client", "mac",
        "find", "connect", "send", "sends", "sent", "receive", "received", "receiving", "stays", "loud", "fan", "by",
        "itself", "detecting", "arriving", "spins", "python", "edit", "site", "sales", "europe", "starter", "needs",
        "please", "someone", "person", "real", "options", "there", "issues", "known", "everyone", "having", "power",
        "handling", "publish", "approve", "approved", "licence", "license",
        // French
        "alors", "apres", "aucun", "aujourd", "hui", "aussi", "autre", "autres", "avant", "avec", "avoir", "beaucoup",
        "besoin", "bien", "bonjour", "cela", "celui", "cette", "chez", "comme", "comment", "dans", "depuis", "derniere",
        "dernier", "deuxieme", "donc", "elle", "encore", "entre", "est", "etait", "etre", "fait", "faire", "fichier",
        "fichiers", "fois", "heure", "heures", "hier", "ici", "jamais", "jour", "jours", "lundi", "mardi", "matin", "matins",
        "meme", "merci", "mettre", "moins", "nous", "nouveau", "nouvelle", "ouvert", "ouvre", "ouvrir", "papier", "parce",
        "pendant", "personne", "petit", "peut", "peux", "plus", "pour", "pourquoi", "quand", "quelque", "reste", "rien",
        "sans", "semaine", "seul", "seule", "soir", "sont", "sous", "suis", "toujours", "tous", "tout", "toute", "toutes",
        "travail", "tres", "trop", "vous", "votre", "lancement", "paie", "notes", "frais", "casque", "partage", "salle",
        "reunion", "temps", "ligne", "essais", "projet", "nouvel", "ventes", "rapports", "avance", "nouvelles", "dossier",
        "regarde", "invite", "visiteurs", "client", "lecteur", "externe", "cles", "perso", "absence", "message", "noir",
        "envoyer", "envoie", "scans", "fixe", "souhaite", "voudrais", "pouvez", "application", "affiche", "blanche",
        "imprime", "pages", "marche", "marchent", "detecte", "synchronise", "recois", "arrive", "connecter", "ferme", "chose",
        // Not typos of English words ("donne" is not "done", "donnees" not "done").
        "donne", "donnee", "donnees", "donner", "donnes",
    ];
}
