using System.Collections.Frozen;

namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>Words that say nothing about the topic, folded (no accents). Kept short: "not", "no", "pas" are NOT stop words
/// because "not syncing" or "ne marche pas" carry the problem.</summary>
internal static class StopWords
{
    public static FrozenSet<string> English { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "about", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
        "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "gets", "getting", "got",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'm", "im", "if", "in", "into",
        "is", "it", "its", "it's", "just", "keep", "keeps", "let", "me", "mine", "my", "myself", "of", "on", "or", "our",
        "ours", "please", "she", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "to", "too", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "why", "will", "with", "would", "you", "your", "yours", "hi", "hello", "hey", "thanks", "thank", "help",
        "need", "want", "way", "since", "still", "also", "up", "cant", "dont", "doesnt", "didnt", "isnt", "wont", "arent",
        "wasnt", "couldnt", "anymore", "anything", "something", "everything", "nothing", "tried", "try", "trying",
        // Filler that says how or when, never what: not counted against an answer when no article uses it.
        "really", "super", "actually", "literally", "basically", "like", "today", "yesterday", "morning", "afternoon",
        "now", "always", "never", "every", "everytime", "anyone", "someone", "somebody", "everyone", "guys", "ok", "okay",
        "thx", "pls", "plz", "asap", "urgent", "urgently", "quick", "quickly", "mine", "hours", "minutes", "days", "week",
        "weird", "strange", "suddenly", "idea", "know", "tell", "guess", "think", "seems", "whats", "hiya", "cheers",
        "anyway", "though", "lol", "ugh", "one", "other", "thing", "stuff",
        // What is left of a contraction once the apostrophe splits it ("won't" → "won", "t"): grammar, not topic.
        "don", "doesn", "didn", "won", "isn", "aren", "wasn", "weren", "couldn", "shouldn", "wouldn", "haven", "hasn",
        "ain", "ll", "ve", "re",
        // When, not what.
        "tomorrow", "tonight", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekend", "coming", "soon", "ages", "forever", "sooo", "soooo", "pls", "omg", "wtf", "hmm", "yet", "etc", "blah", "bla",
        "weeks", "month", "months", "year", "years", "night", "evening",
        // What the screen or someone said, and whose device it is: the message's frame, never its topic.
        "says", "said", "saying", "tells", "told", "shows", "showing", "appears", "popped", "pops",
        "believe", "maybe", "probably", "sorry", "bother", "hii",
        // Common verbs that carry a sentence, never its topic ("I can't see the drive", "it takes ages").
        "see", "sees", "saw", "seen", "seeing", "look", "looks", "looked", "looking", "take", "takes", "took", "taking",
        "go", "goes", "went", "gone", "going", "come", "comes", "came", "make", "makes", "made", "making", "seem", "seemed",
        "happen", "happens", "happened", "happening",
        // How the writer feels about it, and how they ask: the tone of the message, never its topic ("it's driving me
        // nuts", "could you kindly"). Left unknown, each such word counted against every answer as if it named another.
        "annoying", "annoyed", "frustrating", "frustrated", "ridiculous", "insane", "terrible", "awful", "horrible",
        "crazy", "seriously", "nightmare", "hate", "nuts", "mad", "damn", "kindly", "assist", "wondering", "wonder",
        "appreciate", "appreciated", "advise", "possible", "unbearable", "useless", "pain",
        "even", "itself", "few", "bit", "lot", "lots", "kinda", "quite", "already", "ever",
        "properly", "correctly", "normally", "usual", "usually", "fine",
        // Chat shorthand for filler ("btw", "idk", "rn").
        "btw", "fyi", "idk", "rn", "tmrw", "bc", "cuz", "coz", "ty", "ur", "tbh", "imo", "fwiw",
        // Asking for tips is how a message asks, never what about ("any tips", "any advice", "suggestions?"), and "a
        // bunch of" says how many: unknown, each counted against every article, so "slow laptop, any tips?" scored
        // under the article that "slow laptop, what should I do?" gets.
        "tips", "tip", "advice", "suggestion", "suggestions", "ideas", "bunch", "tons", "loads",
        // The English side of French filler ("plusieurs", "refaire", "les gens").
        "several", "redo", "people", "far", "advance",
    ]);

    public static FrozenSet<string> French { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "ai", "alors", "au", "aux", "avec", "avez", "avoir", "bonjour", "ca", "ce", "ceci", "cela", "celle", "celui", "ces",
        "cet", "cette", "comment", "d", "dans", "de", "des", "dois", "doit", "donc", "du", "elle", "elles", "en", "est", "et",
        "etre", "etes", "eu", "faire", "fait", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m",
        "ma", "mais", "me", "merci", "mes", "moi", "mon", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "peut",
        "peux", "plus", "pour", "qu", "quand", "que", "quel", "quelle", "quels", "quelles", "qui", "s", "sa", "salut", "se", "ses",
        "si", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton", "tous", "tout", "toute", "toutes", "tu", "un", "une",
        "vais", "veux", "voudrais", "vos", "votre", "vous", "y", "c", "aide", "aider", "besoin", "svp", "stp", "depuis",
        "encore", "toujours", "faut", "sais", "sait", "suis", "ont", "va", "mettre", "met", "mets", "fais",
        // Remplissage : comment ou quand, jamais quoi.
        "vraiment", "super", "aujourd", "hui", "matin", "hier", "demain", "maintenant", "jamais", "chaque", "fois",
        "quelqu", "quelque", "chose", "urgent", "rapidement", "bien", "tres", "trop", "deja", "genre", "bref", "bon",
        "voila", "coucou", "minutes", "heures", "jours", "semaine", "truc", "machin", "autre", "sinon", "aussi", "comme",
        "quoi", "ya",
        // Quand, pas quoi ; et la grammaire qui reste.
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "prochain", "prochaine", "bientot",
        "sans", "raison", "pourtant", "plombes", "cela", "ceux", "celles", "lors", "via", "ici",
        "semaines", "mois", "annee", "annees", "soir", "soiree", "nuit",
        // Ce que l'écran ou quelqu'un dit, à qui est l'appareil : le cadre du message, jamais son sujet.
        "dit", "dis", "disent", "indique", "affiche", "pense", "crois", "semble", "pris", "pro", "perso", "boulot", "taf",
        "travail", "desole", "excusez", "deranger", "possible", "peutetre", "surement",
        // Des verbes courants qui portent la phrase, jamais son sujet (« je ne vois plus le lecteur », « quand je lance »).
        "vois", "voit", "voir", "vu", "vue", "voient", "regarde", "regarder", "prend", "prends", "prendre", "lance", "lancer",
        "lancee", "passe", "passer", "vient", "viens", "venir", "devient", "semblent", "arrivent",
        // Le ton du message et la façon de demander, jamais son sujet (« c'est insupportable », « aidez-moi », « tout le
        // temps », « ce week-end ») : inconnu, chaque mot comptait contre toutes les réponses comme s'il en nommait une autre.
        "insupportable", "penible", "galere", "galerer", "chiant", "chiante", "enervant", "agacant", "relou", "horrible",
        "nul", "nulle", "franchement", "serieux", "serieusement", "cauchemar", "aidez", "pouvez", "pourriez",
        "pourrais", "aimerais", "souhaite", "souhaiterais", "temps", "week", "weekend", "end", "sil", "plait",
        "correctement", "normalement", "habituellement", "mettent", "mis", "mise", "savent", "savez", "savons", "revenu",
        "revenue",
        // Demander des astuces, c'est la façon de demander, jamais le sujet (« des astuces ? », « des conseils »,
        // « une idée ? ») ; « hyper », « grave » disent combien, comme « très ».
        "astuce", "astuces", "conseil", "conseils", "idee", "idees", "piste", "pistes", "tips", "hyper", "grave",
        // Les abréviations de messagerie pour du remplissage (« tjs », « bcp », « qqn », « dsl »).
        "tjs", "tjrs", "bcp", "qqn", "qqch", "qq", "ptet", "mtn", "auj", "dsl", "ds", "pr", "tt", "vs",
        // Vouloir comme « veux » ; « bizarre » comme « weird » en anglais.
        "veut", "veulent", "voulez", "voulait", "bizarre", "bizarres", "etrange", "etranges", "bizarrement",
        // The French side of English filler the list already holds ("after", "before", "get", "try", "again", "how"):
        // missing here, "combien de temps avant de réessayer" or "comment on obtient" counted three words against every
        // article, and French questions scored lower than their English twins (cross-validated on the labelled questions).
        "apres", "avant", "plusieurs", "pourquoi", "obtenir", "obtient", "obtiens", "obtenu", "avoir", "eu",
        "essaye", "essayer", "essayes", "reessaye", "reessayer", "refaire", "refais", "recommencer", "gens", "qqun",
    ]);

    /// <summary>
    /// Words that say something is wrong without saying what ("broken", "ne marche plus", "problème"): searched, but
    /// with a small weight, so that "mon imprimante ne marche plus" is about the printer, not about the one article that
    /// happens to say "ne marche pas" most.
    /// </summary>
    public static FrozenSet<string> WeakEnglish { get; } = FrozenSet.ToFrozenSet(
    [
        "broken", "broke", "work", "works", "working", "worked", "stopped", "stop", "problem", "problems", "issue", "issues",
        "error", "errors", "fail", "fails", "failed", "failing", "wrong", "bad", "doesnt", "not", "no", "fix", "fixed",
        "dead", "died", "find", "found",
    ]);

    public static FrozenSet<string> WeakFrench { get; } = FrozenSet.ToFrozenSet(
    [
        "marche", "marcher", "marchent", "fonctionne", "fonctionnent", "fonctionner", "casse", "cassee", "panne", "probleme",
        "problemes", "souci", "soucis", "erreur", "erreurs", "bug", "pas", "plus", "rien", "impossible", "arrive", "reparer",
        "mauvais", "mauvaise", "mort", "morte", "hs", "aucun", "aucune", "non", "pb", "pbs", "pbm", "pblm",
        "trouve", "trouver",
    ]);

    public static FrozenSet<string> For(string language) => language == "fr" ? French : English;

    public static FrozenSet<string> WeakFor(string language) => language == "fr" ? WeakFrench : WeakEnglish;
}
