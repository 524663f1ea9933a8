using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// The words <see cref="AccessNaming"/> reads by, in both languages, accents folded: wishes, ways to ask to see or open,
/// refusals, faults, questions, contrasts between variants. Only lists here; what they decide is in the other parts.
/// </summary>
internal static partial class AccessNaming
{
    private static readonly PhraseIndex<bool> Wishes = Build();

    private static PhraseIndex<bool> Build()
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in (string[])
        [
            "need", "needs", "needed", "want", "wanna", "get", "give", "grant", "add me", "request", "pls", "please", "plz",
            "licence", "license", "access", "so i can", "to be able to", "new joiner", "new starter", "joining",
            "besoin", "il me faut", "il me faudrait", "faut", "voudrais", "veux", "donner", "ajoutez moi", "ajoute moi",
            "svp", "stp", "licence", "acces", "pour pouvoir", "nouvel arrivant", "nouvelle arrivante", "je dois",
        ])
        {
            index.Add(phrase, true);
        }

        return index;
    }

    private static PhraseIndex<bool> Index(string[] phrases)
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in phrases)
        {
            index.Add(phrase, true);
        }

        return index;
    }

    /// <summary>Ways to ask to see, open or use something, in either language.</summary>
    private static readonly PhraseIndex<bool> Openings = Index(
    [
        "can i see", "could i see", "can i view", "could i view", "can i open", "could i open", "can i use", "could i use",
        "can i look at", "let me see", "let me into", "let me in", "i d like to see", "id like to see", "need to see", "want to see",
        "need to open", "need to use", "be able to see", "be able to open", "be able to use", "view the", "get into",
        "je peux voir", "puis je voir", "je pourrais voir", "je peux ouvrir", "puis je ouvrir", "je peux consulter",
        "puis je consulter", "je peux utiliser", "puis je utiliser", "pouvoir voir", "pouvoir consulter", "pouvoir ouvrir",
        "pouvoir utiliser", "acceder a", "acceder au", "acceder aux", "avoir acces", "voir les", "consulter les",
        "can i browse", "could i browse", "can i get into", "i d like to look at", "id like to look at", "let me look at",
        "j aimerais voir", "je voudrais voir", "j aimerais consulter", "je voudrais consulter", "j aimerais ouvrir",
        "je voudrais ouvrir", "je voudrais regarder", "j aimerais regarder",
    ]);

    /// <summary>Being refused, in either language: what people quote when an access is missing.</summary>
    private static readonly PhraseIndex<bool> Denials = Index(
    [
        "access denied", "not allowed", "no permission", "no permissions", "dont have permission", "do not have permission",
        "not authorised", "not authorized", "no access", "dont have access", "forbidden", "acces refuse", "acces interdit",
        "pas les droits", "pas le droit", "pas autorise", "pas autorisee", "pas acces", "non autorise", "droits insuffisants",
        "dont have the rights", "dont have rights", "no rights", "dont have a licence", "dont have a license", "no licence",
        "no license", "not have access", "pas d acces", "pas de licence", "pas les acces", "pas encore acces",
        "pas encore les droits", "not yet have access", "dont have it yet", "dont have it",
    ]);

    /// <summary>
    /// Not seeing or reaching something, said by the one who asks: "I can't see my customers' deals", "je n'arrive pas
    /// à voir les règlements", "je trouve pas les formulaires". Beside a wish for a resource it is why the access is
    /// asked, like a refusal; a breakage ("anymore", "an error", "ne … plus") is still a fault.
    /// </summary>
    private static readonly PhraseIndex<bool> Unseen = Index(
    [
        "cant see", "can t see", "cannot see", "can not see", "cant view", "cannot view", "cant find", "can t find",
        "cannot find", "dont see", "don t see", "do not see", "cant access", "can t access", "cannot access", "cant get to",
        "cannot get to", "cant get into", "cannot get into", "not visible", "n arrive pas a voir", "n arrive pas a acceder",
        "n arrive pas a consulter", "n arrive pas a trouver", "arrive pas a voir", "arrive pas a acceder",
        "arrive pas a trouver", "ne vois pas", "vois pas", "ne trouve pas", "trouve pas", "peux pas voir", "peux pas acceder",
        "peux pas consulter", "pas visible", "pas visibles",
    ]);

    /// <summary>
    /// An access asked for by its own word, whatever follows: "access to", "rights on", "accès au", "les droits sur",
    /// "donnez-moi accès". With it, a resource named only by what it holds is worth asking about ("give me a hand with
    /// the invoices" asks no access).
    /// </summary>
    private static readonly PhraseIndex<bool> Heads = Index(
    [
        "access to", "access for", "access on", "rights on", "rights to", "rights for", "permissions on", "permission to",
        "acces a", "acces au", "acces aux", "acces sur", "acces pour", "droits sur", "droits d acces", "droits pour",
        "d acceder a", "d acceder au", "d acceder aux",
    ]);

    /// <summary>
    /// What a follow-up on a ticket says beside a wish: the ticket itself, news, a request made before ("my request",
    /// "ma demande", "any update", "I asked for", "déjà demandé", "still").
    /// </summary>
    private static readonly PhraseIndex<bool> TicketTalk = Index(
    [
        "my request", "my ticket", "the request", "the ticket", "my access request", "update", "updates", "news", "status",
        "asked for", "requested", "already", "still", "chase", "chasing", "where is", "wheres", "approved", "approval",
        "ma demande", "mon ticket", "la demande", "le ticket", "nouvelles", "statut", "deja", "toujours", "demande",
        "demandee", "valide", "validee", "ou en est", "en attente", "req", "inc",
    ]);

    /// <summary>
    /// Wanting to have, see, use or be let into something, in either language: "need", "would like", "could you give me",
    /// "il me faut", "je voudrais", "pouvoir consulter", "m'ouvrir". Politeness alone ("please", "svp") is no such wish.
    /// </summary>
    private static readonly PhraseIndex<bool> PlainWishes = Index(
    [
        "need", "needs", "needed", "i need", "we need", "want", "wanna", "would like", "d like", "id like", "i d like",
        "could you give me", "can you give me", "give me", "could i get", "can i get", "can i have", "could i have",
        "may i have", "may i get", "i require", "require", "requesting", "looking for", "let me", "grant me", "add me",
        "open up", "open for me", "set me up", "get me", "so i can", "so that i can", "to be able to", "be able to",
        "besoin", "il me faut", "il me faudrait", "me faut", "me faudrait", "me le faut", "me la faut", "me les faut",
        "me le faudrait", "nous faut", "nous faudrait", "voudrais", "voudrait", "aimerais",
        "souhaite", "souhaiterais", "souhaiterait", "veux", "voulais", "pouvoir", "donner", "donnez moi", "donne moi",
        "m ouvrir", "m ouvrez", "ouvrez moi", "ouvre moi", "m ajouter", "ajoutez moi", "ajoute moi", "je dois avoir",
        "je dois pouvoir", "pourriez vous me", "pouvez vous me", "tu peux me", "peux tu me", "puis je avoir",
        "je peux avoir", "pourrais je avoir", "pour consulter", "pour voir", "pour modifier", "pour ouvrir",
    ]);

    /// <summary>
    /// Something said to be wrong, in either language: a symptom, a failure, a negation of working, a plea for a fix.
    /// "I need my laptop fixed", "j'ai besoin d'aide, l'imprimante bourre" stay faults whatever they wish for.
    /// </summary>
    private static readonly PhraseIndex<bool> Faults = Index(
    [
        "broken", "break", "breaks", "not working", "doesnt work", "dont work", "does not work", "isnt working", "stopped",
        "crash", "crashes", "crashed", "crashing", "freeze", "freezes", "frozen", "freezing", "hangs", "hanging", "error",
        "errors", "fail", "fails", "failed", "failing", "failure", "down", "slow", "stuck", "problem", "problems", "issue",
        "issues", "bug", "bugs", "buggy", "glitch", "fix", "fixed", "fixing", "repair", "repaired", "help", "trouble",
        "wrong", "not", "cant", "cannot", "wont", "doesnt", "dont", "isnt", "didnt", "wasnt", "no longer", "anymore",
        "again", "lost", "missing", "disappeared", "deleted", "gone", "keeps", "blank", "timeout", "times out", "timed out",
        "unable", "laggy", "lag", "jammed", "jam", "jams", "dead", "died", "weird", "strange", "locked", "expired", "disabled",
        "offline", "unreachable", "corrupted", "corrupt", "virus", "hacked", "phishing", "never", "drops", "dropping",
        "marche pas", "marche plus", "fonctionne pas", "fonctionne plus", "ne marche", "ne fonctionne", "plante", "plantage",
        "bloque", "bloquee", "bloques", "erreur", "erreurs", "panne", "lent", "lente", "rame", "bug", "bugue", "beug",
        "bourre", "bourree", "bourrage", "casse", "cassee", "probleme", "problemes", "souci", "soucis", "pb", "aide",
        "aidez", "aider", "reparer", "repare", "depanner", "depannage", "impossible", "echec", "echoue", "perdu", "perdue",
        "disparu", "disparue", "efface", "supprime", "fige", "figee", "coupe", "coupure", "hs", "ko", "encore", "plus rien",
        "n arrive pas", "n arrive plus", "peux plus", "ne s ouvre", "s ouvre pas", "refuse de", "veut pas", "veut plus",
        // Wishes that are not for a resource: reporting, a ticket, cancelling, a person.
        "incident", "incidents", "report a", "report an", "to report", "signaler", "declarer", "ticket", "tickets",
        "cancel", "annuler", "status", "statut", "human", "humain", "agent", "technician", "technicien",
    ]);

    /// <summary>
    /// Asking how, why or where is a question, even with a wish in it ("where do I need to go to see the HR site?"): said
    /// first, or anywhere in a message with a question mark ("the folder where the contracts live" only says which).
    /// </summary>
    private static readonly PhraseIndex<bool> Asking = Index(
    [
        "how", "what", "where", "why", "when", "which", "who", "is there", "are there", "is it possible", "comment",
        "pourquoi", "ou est", "ou sont", "ou se trouve", "quand", "quel", "quelle", "quels", "quelles", "est il possible",
        "c est quoi", "qui",
    ]);

    /// <summary>Asking wherever it is said: "…, c'est quoi le code", "who do I ask", "what is that".</summary>
    private static readonly PhraseIndex<bool> AlwaysAsking = Index(
    [
        "how do", "how can", "how to", "how does", "what is", "whats", "what are", "what does", "why", "who do i",
        "who should i", "who can i", "is it possible", "c est quoi", "comment", "pourquoi", "est il possible", "qui dois",
        "a qui", "qui contacter", "que faire", "what can you", "what you can",
    ]);

    /// <summary>Spelling repair against the words of wishes and questions ("neeed", "voudrai", "consluter").</summary>
    private static readonly Vocabulary WishSpelling = new(
        new[] { PlainWishes, Asking, AlwaysAsking, Openings, Heads }.SelectMany(i => i.Words), CommonWords.All);

    /// <summary>
    /// Spelling repair against the words of faults and refusals ("crashs", "erreru"), from six letters only: a shorter
    /// word a letter away from a fault is more often an ordinary word ("passe" is not "cassé").
    /// </summary>
    private static readonly Vocabulary FaultSpelling = new(
        new[] { Faults, Denials }.SelectMany(i => i.Words), CommonWords.All);

    /// <summary>
    /// Words that set the variant one has against the one wished for: "the split one", "instead of", "rather than", "au
    /// lieu de", "plutôt que", "celui que j'ai", "my current", "l'actuel", "read only is not enough", "ne suffit pas".
    /// </summary>
    private static readonly PhraseIndex<bool> Variants = Index(
    [
        "instead", "rather than", "au lieu", "plutot que", "plutot qu", "celui", "celle", "current", "currently", "actuel",
        "actuelle", "actuellement", "only have", "only got", "enough", "suffit", "suffisent", "suffisant", "suffisante",
        "n ai que", "j ai que", "the one i have", "the one i ve got", "the other one", "l autre",
    ]);
}
