using ServiceDesk.Dialogs.Catalogue;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// The recogniser knows no catalogue: "visio pls", "il me faut MS Project pour les plannings" match none of its cues and
/// would go to the knowledge base. A message it could not place (the fallback, or a weak guess) that names one
/// resource of the access catalogue clearly, as a wish ("need", "il me faut", "pls") rather than a fault, is a request
/// for it. The catalogue's names and aliases are what the administrator configured, so a new resource is understood
/// here without touching the recogniser.
/// </summary>
internal static class AccessNaming
{
    /// <summary>A guess weaker than this may be overruled by a clear catalogue match.</summary>
    private const double WeakGuess = 0.5;

    private static readonly PhraseIndex<bool> Wishes = Build();

    public static Recognition Upgrade(string? text, Recognition recognition, AccessCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        if (catalogue is not null && recognition.Intent == Intent.RequestSoftware && LicenceRatherThanInstall(text, catalogue))
        {
            // "il me faut un logiciel pour modifier des pdf, acrobat pro": a product the access catalogue holds as a
            // licence and the software catalogue as installed is the licence unless installing is said ("install", "sur
            // mon poste"); the licence is what is approved, and its fulfilment sets the program up.
            return recognition with { Intent = Intent.RequestAccess };
        }

        if (catalogue is not null && recognition.Intent is Intent.TicketFollowUp or Intent.MyTickets
            && recognition.TicketNumber is null && ReasonedFollowUp(text, catalogue))
        {
            // "I need access to the CRM to follow up my customer accounts", "il me faut le fichier clients pour relancer
            // les prospects": the following up is the employee's work, the reason for the access, not news of a ticket.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (catalogue is null || recognition.Intent is not (Intent.Question or Intent.ReportIncident))
        {
            return recognition;
        }

        var words = TextFolding.Words(text);
        // "comment accéder à mon pc depuis la maison", "how do they get on the guest wifi": a how-to stays a question.
        var howTo = AlwaysAsking.Matches(words).Count > 0;
        if (recognition.Intent == Intent.Question && !howTo && Openings.Matches(words).Count > 0 && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // Asking to see, open or use a resource the catalogue names ("can I look at the HR portal") is asking for it;
            // when several resources are near, the request asks which one rather than the knowledge base saying nothing.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (recognition.Intent == Intent.ReportIncident && Openings.Matches(words).Count > 0
            && (Denials.Matches(words).Count > 0 || recognition.Confidence < WeakGuess)
            && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // Asking to see a resource the catalogue names and being refused ("can I look at the HR portal? it says
            // I'm not allowed") is no fault of the resource: the access is missing. A weak guess of a fault is overruled too.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true) && catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.None)
        {
            // "I need all my traffic through the VPN", "pouvez-vous m'ouvrir le dossier compta", "je dois pouvoir consulter
            // les grilles tarifaires": a wish to have, see or use something the catalogue knows, with nothing said to be
            // wrong, is a request however sure the reading of a fault or a question was ("VPN", "réseau" are fault topics).
            // When several resources are near, the request asks which one.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (Heads.Matches(words).Count > 0 && WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true)
            && catalogue.Matcher.Match(text).Kind != AccessMatchKind.None)
        {
            // "access to the supplier invoices please", "accès aux opportunités commerciales svp": the resource is named
            // by what it holds (its description) rather than by a name; the request asks which one, never takes it.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        if (VariantWished(text, asked: text?.Contains('?', StringComparison.Ordinal) == true) && catalogue.Matcher.Match(text, byNames: true).Kind == AccessMatchKind.Clear)
        {
            // "I need the full tunnel VPN, the split one doesn't reach the lab", "il me faut les droits en écriture au lieu
            // de la lecture, je ne peux rien enregistrer": the fault is the variant the employee has, the wish is for the
            // one the catalogue names; only a resource named clearly is taken so.
            return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
        }

        var wished = Wishes.Matches(words).Count > 0;
        var weak = recognition.IsFallback || (recognition.Confidence < WeakGuess && wished);
        if (!weak || howTo || (!wished && words.Count > 3) || catalogue.Matcher.Match(text, byNames: true).Kind != AccessMatchKind.Clear)
        {
            return recognition;
        }

        return recognition with { Intent = Intent.RequestAccess, Confidence = Math.Max(recognition.Confidence, WeakGuess) };
    }

    /// <summary>
    /// A licence the access catalogue names clearly, that the software catalogue also has as a program (its words name
    /// an item there too), with no word of installing: the licence.
    /// </summary>
    private static bool LicenceRatherThanInstall(string? text, AccessCatalogue catalogue)
    {
        var words = TextFolding.Words(text);
        if (ServiceRequestCues.SaysInstallation(words) || AlwaysAsking.Matches(words).Count > 0)
        {
            return false;
        }

        // "the Visio software", "un logiciel pour les PDF": the kind said of the program is not held against the licence.
        var licence = catalogue.Matcher.Match(string.Join(' ', words.Where(w => !ProgramWords.Contains(w))), byNames: true);
        return licence.Single is { Kind: AccessResourceKind.Licence }
            && catalogue.Match(CataloguePart.Software, text).Kind != AccessMatchKind.None;
    }

    private static readonly HashSet<string> ProgramWords = new(StringComparer.Ordinal)
    {
        "software", "logiciel", "logiciels", "app", "application", "appli", "program", "programme", "tool", "outil",
    };

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
    /// A wish for a resource the catalogue names clearly, with nothing said to be wrong and nothing of a ticket: the
    /// follow-up reading came from the reason's words ("to follow up my customers", "pour relancer les prospects").
    /// </summary>
    private static bool ReasonedFollowUp(string? text, AccessCatalogue catalogue)
    {
        var words = TextFolding.Words(text);
        return TicketTalk.Matches(words).Count == 0
            && WishedWithoutFault(words, asked: text?.Contains('?', StringComparison.Ordinal) == true)
            && catalogue.Matcher.Match(text, byNames: true).Kind == AccessMatchKind.Clear;
    }

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
    /// A wish to have, see or use something, and nothing said to be wrong. Being refused is not a fault here: "I don't
    /// have access", "on me dit que je n'ai pas les droits" say what is missing, and so does not seeing ("can't see my
    /// customers' deals", "je n'arrive pas à voir les règlements"), so those words are set aside before looking for a
    /// fault (and its negation). A French negation ("ne … pas", "n'… plus") is a fault.
    /// </summary>
    internal static bool WishedWithoutFault(IReadOnlyList<string> words, bool asked)
    {
        var wishing = words.Select(WishSpelling.Repair).ToList();
        if (PlainWishes.Matches(wishing).Count == 0 && Openings.Matches(wishing).Count == 0 && Heads.Matches(wishing).Count == 0)
        {
            return false;
        }

        var asking = Asking.Spans(wishing);
        if (asking.Any(a => asked || a.Start == 0) || AlwaysAsking.Matches(wishing).Count > 0)
        {
            return false;
        }

        var faulting = words.Select(w => w.Length >= 6 ? FaultSpelling.Repair(w) : w).ToList();
        var refused = new bool[faulting.Count];
        foreach (var (_, start, length) in Denials.Spans(faulting).Concat(Unseen.Spans(faulting)))
        {
            Array.Fill(refused, true, start, length);
        }

        var rest = faulting.Where((_, i) => !refused[i]).ToList();
        return Faults.Matches(rest).Count == 0 && !NegatedInFrench(rest);
    }

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

    /// <summary>"the split one", "the standard one", "the basic one": another variant of the same thing.</summary>
    private static bool TheOtherOne(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] is "the" or "my" && (words[i + 2] == "one" || (i + 3 < words.Count && words[i + 3] == "one")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clauses: split at punctuation and at the words that join two statements.</summary>
    private static List<List<string>> Clauses(string text)
    {
        var clauses = new List<List<string>>();
        foreach (var piece in text.Split([',', ';', '.', '!', '?', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = new List<string>();
            foreach (var word in TextFolding.Words(piece))
            {
                if (word is "but" or "mais" or "because" or "car" or "since" or "puisque" or "cause" or "coz" && clause.Count > 0)
                {
                    clauses.Add(clause);
                    clause = [];
                    continue;
                }

                clause.Add(word);
            }

            if (clause.Count > 0)
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    /// <summary>
    /// A wish for another variant of something, with the fault said of the variant one has: a clause holds the wish and
    /// no fault before its contrast ("i need write access instead of read"), and the message sets one variant against
    /// the other. The faults of the other clauses are that variant's ("the split one doesn't reach the lab servers").
    /// "I need the VPN fixed", "I want the finance share but it doesn't work" set nothing against anything: faults.
    /// </summary>
    internal static bool VariantWished(string? text, bool asked)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var all = TextFolding.Words(text).Select(WishSpelling.Repair).ToList();
        if ((Variants.Matches(all).Count == 0 && !TheOtherOne(all)) || AlwaysAsking.Matches(all).Count > 0
            || Asking.Spans(all).Any(a => asked || a.Start == 0))
        {
            return false;
        }

        foreach (var clause in Clauses(text))
        {
            var wishing = clause.Select(WishSpelling.Repair).ToList();
            var wish = PlainWishes.Spans(wishing).Concat(Openings.Spans(wishing)).Select(s => s.Start).DefaultIfEmpty(-1).Min();
            if (wish < 0)
            {
                continue;
            }

            // The wish's own clause, up to its contrast, says nothing wrong: "not the split one" is the contrast.
            var contrast = Variants.Spans(wishing).Select(s => s.Start).Where(s => s > wish).DefaultIfEmpty(wishing.Count).Min();
            var said = clause.Take(contrast).Select(w => w.Length >= 6 ? FaultSpelling.Repair(w) : w).ToList();
            var notThe = said.FindIndex(w => w is "not" or "pas");
            if (notThe > wish)
            {
                said = said.Take(notThe).ToList();
            }

            return Faults.Matches(said).Count == 0 && !NegatedInFrench(said);
        }

        return false;
    }

    /// <summary>"ne … pas / plus / jamais / rien" within three words: something does not happen.</summary>
    private static bool NegatedInFrench(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("pas" or "plus" or "jamais" or "rien"))
            {
                continue;
            }

            for (var j = Math.Max(0, i - 3); j < i; j++)
            {
                if (words[j] is "ne" or "n")
                {
                    return true;
                }
            }
        }

        return false;
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
}
