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

    /// <summary>
    /// Words of a description that tell no resource from another ("the company's", "files", "le service", "travailler"):
    /// a request saying them names nothing.
    /// </summary>
    public static readonly HashSet<string> Undescriptive = new(StringComparer.Ordinal)
    {
        "company", "companys", "entreprise", "department", "departments", "departement", "service", "services", "through",
        "passe", "par", "tout", "toute", "tous", "their", "its", "ses", "son", "leurs", "leur", "work", "working", "travailler",
        "travail", "from", "depuis", "systems", "systemes", "system", "systeme", "restricted", "restreints", "microsoft",
        "files", "fichiers", "file", "fichier", "documents", "document", "pages", "page", "untrusted", "networks", "network",
        "reseau", "reseaux", "non", "fiable", "nouveaux", "nouvelles", "nouveau", "nouvelle", "create", "creer", "ressources",
        "resources", "humaines", "human", "dans", "avec", "and", "with", "the", "des", "les", "une", "est", "sont", "all",
        "other", "autres", "etc", "plus", "more", "use", "utiliser", "used", "using", "via",
    };

    /// <summary>
    /// Phrases that mean the same in either language, for the words of descriptions: a resource whose names or
    /// description say one of a group ("price lists") may be asked about when a request says another ("tarifs", "grille
    /// tarifaire"). Only ever a candidate to ask about: a resource is taken by its names.
    /// </summary>
    public static readonly string[][] Synonyms =
    [
        ["price list", "price lists", "pricing", "prices", "price", "prix", "tarif", "tarifs", "tarifaire", "tarifaires", "grille tarifaire", "grilles tarifaires", "liste de prix", "listes de prix", "tarification"],
        ["dashboard", "dashboards", "tableau de bord", "tableaux de bord", "kpi", "kpis", "indicateurs"],
        ["report", "reports", "reporting", "rapport", "rapports"],
        ["pdf", "pdfs", "fichier pdf", "fichiers pdf", "document pdf"],
        ["sign", "signer", "signature", "signatures", "esignature"],
        ["compare", "comparer", "comparison", "comparaison"],
        ["contract", "contracts", "contrat", "contrats", "nda", "ndas", "accord de confidentialite", "accords de confidentialite"],
        ["invoice", "invoices", "facture", "factures", "billing", "facturation"],
        ["payment", "payments", "paiement", "paiements"],
        ["ledger", "general ledger", "grand livre", "comptabilite generale", "bookkeeping"],
        ["budget", "budgets", "budgetaire", "budgetaires"],
        ["forecast", "forecasts", "forecasting", "prevision", "previsions"],
        ["closing", "cloture", "clotures", "month end", "year end"],
        ["supplier", "suppliers", "vendor", "vendors", "fournisseur", "fournisseurs"],
        ["customer", "customers", "client", "clients", "clientele"],
        ["opportunity", "opportunities", "opportunite", "opportunites", "deals", "leads", "prospects", "prospection", "pipeline"],
        ["template", "templates", "modele", "modeles", "gabarit", "gabarits"],
        ["procedure", "procedures", "processus"],
        ["form", "forms", "formulaire", "formulaires"],
        ["leave", "holiday", "holidays", "vacation", "conge", "conges"],
        ["policy", "policies", "politique", "politiques", "reglement", "reglements"],
        ["onboarding", "accueil des nouveaux", "integration des nouveaux"],
        ["campaign", "campaigns", "campagne", "campagnes"],
        ["brand", "branding", "marque", "logo", "logos", "charte graphique", "identite visuelle"],
        ["calendar", "calendrier"],
        ["offer", "offers", "offre", "offres", "quote", "quotes", "devis", "proposal", "proposals"],
        ["playbook", "playbooks", "guide de vente", "guides de vente", "sales guide", "argumentaire"],
        ["source code", "code source", "repository", "repositories", "repos", "depot", "depots"],
        ["pull request", "pull requests", "merge request", "merge requests"],
        ["traffic", "trafic"],
        ["remote", "a distance", "distant", "distance", "teletravail", "work from home", "wfh", "home office", "from home"],
        ["diagram", "diagrams", "diagramme", "diagrammes", "schema", "schemas", "drawing", "drawings"],
        ["flowchart", "flowcharts", "flow chart", "flow charts", "logigramme", "logigrammes", "organigramme", "organigrammes", "org chart", "org charts", "process map", "process maps"],
        ["network plan", "network plans", "plan reseau", "plans reseau", "network diagram", "network diagrams", "schema reseau"],
        ["schedule", "schedules", "planning", "plannings", "gantt", "roadmap", "retroplanning", "timeline"],
        ["photoshop", "photo", "photos", "retouche", "retouches", "retoucher", "retouching", "retouch", "image", "images"],
        ["illustrator", "illustration", "illustrations", "vector", "vectoriel"],
        ["indesign", "layout", "mise en page", "brochure", "brochures", "plaquette", "plaquettes"],
        ["premiere pro", "video", "videos", "montage video"],
        ["meeting", "meetings", "reunion", "reunions"],
        ["news", "actualites", "actus"],
        ["publish", "publier", "publication"],
    ];

    /// <summary>Words starting the reason part of a request; what follows is the justification, not the resource.</summary>
    public static readonly HashSet<string> ReasonStarts = new(StringComparer.Ordinal)
    {
        "because", "cause", "coz", "cuz", "bc", "since", "car", "puisque", "parce", "afin", "as", "vu", "joined", "rejoins",
        "rejoint", "joining",
    };

    /// <summary>
    /// Where the employee now is, said as the reason up to the next comma: "je viens d'intégrer l'équipe paie", "I moved
    /// to the tax team", "I just started in controlling", "je suis dans l'équipe paie". Its team or kind ("équipe") is not
    /// the resource's.
    /// </summary>
    public static readonly HashSet<string> SituationStarts = new(StringComparer.Ordinal)
    {
        "integre", "integrer", "integree", "moved", "transferred", "started", "mute", "mutee", "arrive", "arrivee", "suis",
        "travaille", "bosse",
    };

    /// <summary>After a reason, these words start the request again when a request word follows ("and I need …").</summary>
    public static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "and", "et", "so", "donc", "but", "mais" };

    public static readonly HashSet<string> RequestCues = new(StringComparer.Ordinal)
    {
        "need", "needs", "want", "access", "acces", "acceder", "besoin", "faut", "grant", "add", "give", "get", "licence",
        "license", "voudrais", "ajouter", "ajoutez",
    };
}
