namespace ServiceDesk.Dialogs.Catalogue;

/// <summary>
/// Words of an access request that say nothing about which resource (asking, levels, dates), words that name a
/// team or department (the word that tells two teams' sites apart), and words that start a reason ("because").
/// </summary>
internal static class CatalogueWords
{
    /// <summary>Never evidence for a resource: the request itself, levels, dates, politeness, in both languages.</summary>
    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "for", "of", "on", "in", "at", "i", "im", "me", "my", "our", "we", "us", "you", "u", "it", "is",
        "am", "are", "be", "and", "or", "need", "needs", "needed", "want", "would", "like", "d", "please", "pls", "plz", "thanks",
        "thank", "hi", "hello", "hey", "access", "acess", "acces", "accesss", "request", "get", "give", "grant", "can", "could",
        "have", "has", "with", "do", "dont", "cant", "cannot", "open", "some", "this", "that", "there", "so", "also", "just",
        "add", "join", "rights", "right", "permission", "permissions", "account", "login", "new", "still", "not", "no", "yet",
        "read", "only", "readonly", "write", "edit", "editing", "editor", "contribute", "contributor", "admin", "administrator",
        "owner", "member", "level", "until", "till", "end", "from", "by", "weeks", "week", "months", "month", "days", "day",
        "je", "j", "veux", "voudrais", "aimerais", "besoin", "un", "une", "le", "la", "les", "l", "de", "du", "des", "au", "aux",
        "pour", "sur", "mon", "ma", "mes", "notre", "nos", "demande", "demander", "avoir", "svp", "stp", "merci", "bonjour",
        "avec", "il", "faut", "faudrait", "me", "moi", "m", "ai", "pas", "peux", "pouvez", "est", "ce", "qu", "que", "et", "ou",
        "acceder", "ajouter", "ajoutez", "ajoute", "ajout", "adding", "rejoindre", "droits", "droit", "lecture", "seule", "seulement", "ecriture",
        "modification", "modifier", "jusqu", "fin", "semaines", "semaine", "mois", "jours", "jour", "en", "dans", "y",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "one", "two", "three", "four", "six", "deux", "trois", "quatre", "quinze", "next", "prochain",
    };

    /// <summary>
    /// Words of a software or hardware request that name no item: the asking ("install", "order"), where it goes ("on my
    /// laptop", "sur mon poste"), and the part itself ("software", "matériel"). An item whose own name uses one keeps it.
    /// </summary>
    public static readonly HashSet<string> ItemFiller = new(StringComparer.Ordinal)
    {
        "install", "installed", "instal", "installing", "installation", "installer", "installe", "installez", "put", "mettre",
        "software", "logiciel", "logiciels", "app", "application", "program", "programme", "tool", "outil", "machine",
        "computer", "laptop", "pc", "workstation", "desktop", "poste", "ordi", "ordinateur", "portable", "order", "commander",
        "commande", "equipment", "hardware", "materiel", "send", "envoyer", "someone", "could", "pouvez", "vous", "m",
        "faire", "plz", "please", "thanks", "merci", "hi", "another", "autre", "extra", "additional", "replacement",
        "remplacement", "nouveau", "nouvelle", "new", "second", "2nd", "deuxieme", "supplementaire",
    };

    /// <summary>
    /// Grammar words of either language that an item's name may also use ("Notepad plus plus"): never enough alone to
    /// take that item ("plus de place sur le disque").
    /// </summary>
    public static readonly HashSet<string> Grammar = new(StringComparer.Ordinal)
    {
        "plus", "moins", "tout", "tous", "toute", "rien", "bien", "peu", "tres", "trop", "encore", "more", "less", "all",
        "any", "much", "very", "too", "only", "just", "also", "still", "even", "over",
    };

    /// <summary>Words that name a kind of resource: "the legal sharepoint" is a site, whatever else it says.</summary>
    public static readonly Dictionary<string, AccessResourceKind> Kinds = new(StringComparer.Ordinal)
    {
        ["site"] = AccessResourceKind.Site, ["sites"] = AccessResourceKind.Site, ["sharepoint"] = AccessResourceKind.Site,
        ["intranet"] = AccessResourceKind.Site, ["portal"] = AccessResourceKind.Site, ["portail"] = AccessResourceKind.Site,
        ["website"] = AccessResourceKind.Site,
        ["folder"] = AccessResourceKind.SharedFolder, ["folders"] = AccessResourceKind.SharedFolder, ["share"] = AccessResourceKind.SharedFolder,
        ["shared"] = AccessResourceKind.SharedFolder, ["drive"] = AccessResourceKind.SharedFolder, ["dossier"] = AccessResourceKind.SharedFolder,
        ["partage"] = AccessResourceKind.SharedFolder, ["lecteur"] = AccessResourceKind.SharedFolder, ["repertoire"] = AccessResourceKind.SharedFolder,
        ["directory"] = AccessResourceKind.SharedFolder,
        ["licence"] = AccessResourceKind.Licence, ["license"] = AccessResourceKind.Licence, ["licences"] = AccessResourceKind.Licence,
        ["licenses"] = AccessResourceKind.Licence, ["subscription"] = AccessResourceKind.Licence, ["abonnement"] = AccessResourceKind.Licence,
        ["group"] = AccessResourceKind.Group, ["groupe"] = AccessResourceKind.Group, ["team"] = AccessResourceKind.Group,
        ["teams"] = AccessResourceKind.Group, ["channel"] = AccessResourceKind.Group, ["canal"] = AccessResourceKind.Group,
        ["equipe"] = AccessResourceKind.Group, ["org"] = AccessResourceKind.Group, ["organisation"] = AccessResourceKind.Group,
        ["organization"] = AccessResourceKind.Group,
        ["application"] = AccessResourceKind.Application, ["app"] = AccessResourceKind.Application, ["appli"] = AccessResourceKind.Application,
        ["software"] = AccessResourceKind.Application, ["logiciel"] = AccessResourceKind.Application, ["tool"] = AccessResourceKind.Application,
        ["outil"] = AccessResourceKind.Application,
    };

    /// <summary>Teams and departments: a request naming one never silently becomes another team's resource.</summary>
    public static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "finance", "financial", "accounting", "compta", "comptabilite", "hr", "rh", "human", "humaines", "legal", "juridique",
        "marketing", "sales", "ventes", "commercial", "commerciale", "procurement", "purchasing", "achats", "informatique",
        "dsi", "engineering", "ingenierie", "operations", "ops", "logistics", "logistique", "communication", "comms", "design",
        "product", "produit", "support", "security", "securite", "audit", "compliance", "conformite", "risk", "risques",
        "payroll", "paie", "research", "recherche", "facilities", "treasury", "tresorerie", "tax", "fiscalite", "quality",
        "qualite", "training", "formation", "recruitment", "recrutement", "strategy", "strategie", "executive", "direction",
    };

    /// <summary>Words starting the reason part of a request; what follows is the justification, not the resource.</summary>
    public static readonly HashSet<string> ReasonStarts = new(StringComparer.Ordinal)
    {
        "because", "cause", "coz", "cuz", "bc", "since", "car", "puisque", "parce", "afin", "as", "vu", "joined", "rejoins",
        "rejoint", "joining",
    };

    /// <summary>After a reason, these words start the request again when a request word follows ("and I need …").</summary>
    public static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "and", "et", "so", "donc", "but", "mais" };

    public static readonly HashSet<string> RequestCues = new(StringComparer.Ordinal)
    {
        "need", "needs", "want", "access", "acces", "acceder", "besoin", "faut", "grant", "add", "give", "get", "licence",
        "license", "voudrais", "ajouter", "ajoutez",
    };
}
