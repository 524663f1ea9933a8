namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// The interrupt phrases, folded (lower case, no accents, "qu'un" as "qu un"). A message is an interrupt when, after
/// polite fillers are taken off, it is one of these (a misspelt word allowed) or an opener followed by one of them
/// ("I want to cancel", "je veux parler à quelqu'un").
/// </summary>
internal static class InterruptPhrases
{
    /// <summary>Said around the interrupt, never the interrupt itself: "ok", "please", "actually", "bon"...</summary>
    public static readonly string[] Fillers =
    [
        "please", "pls", "plz", "ok", "okay", "actually", "just", "oh", "hmm", "um", "well", "sorry", "thanks", "thank you",
        "now", "then", "so", "no", "nope", "nah", "wait", "hang on", "ok so", "no no", "i said", "instead", "right now", "for now", "lol",
        "svp", "stp", "s il te plait", "s il vous plait", "merci", "bon", "en fait", "finalement", "alors", "euh", "ben",
        "bah", "non", "pardon", "desole", "plutot", "maintenant", "attends", "attendez", "j ai dit", "enfin", "c est bon",
        "non non", "ah", "bof",
        // "It's fine" said with a cancel ("laisse tomber, c bon", "forget it, it's fine"): alone it stays an answer (a bare
        // "c'est bon" confirms a summary), beside a cancel it is only the cancel's tone.
        "c bon", "cbon", "c ok", "c est ok", "c tout bon", "c est tout bon", "ca va", "ca ira", "its fine", "it s fine", "fine",
        "its ok", "it s ok", "all good", "no worries", "pas grave", "c pas grave", "c est pas grave",
        // Texting around the interrupt ("nan laisse", "nvm thx", "bref oublie").
        "thx", "ty", "tks", "k", "kk", "okk", "oki", "okey", "haha", "meh", "ugh", "anyway", "anyways", "ah ok",
        "nan", "nn", "bref", "mdr", "ptdr", "mouais", "merci bcp", "dsl", "jk", "just kidding",
        // Being lost, said around the interrupt ("euh je fais quoi là, aide", "i'm lost, help"): alone, it stays an answer.
        "what do i do", "what do i do now", "what now", "what should i do", "i m lost", "im lost", "i am lost", "i m confused",
        "im confused", "i am confused", "confused", "i don t get it", "i dont get it", "i don t understand", "i dont understand",
        "je fais quoi", "je fais quoi la", "on fait quoi", "je dois faire quoi", "qu est ce que je fais", "je suis perdu",
        "je suis perdue", "je comprends pas", "je comprends rien", "j comprends rien", "je ne comprends pas", "chui perdu",
    ];

    /// <summary>
    /// Openers before an interrupt: a wish ("I want to", "je voudrais") or an ask frame, asking someone to do it ("can u",
    /// "would you mind", "merci de", "pourriez-vous", "veuillez"). What follows must itself be the interrupt, so "can you
    /// cancel my Teams meeting" stays what it says.
    /// </summary>
    public static readonly string[] Openers =
    [
        "i want to", "i wanna", "i need to", "i would like to", "id like to", "i d like to", "can i", "could i", "may i",
        "let me", "let s", "lets", "i want", "i need", "i would like", "id like", "can you", "could you", "get me",
        "je veux", "je voudrais", "j aimerais", "je souhaite", "je prefere", "je prefererais", "je peux", "puis je",
        "est ce que je peux", "on peut", "je dois", "je vais", "on va", "tu peux", "vous pouvez", "pouvez vous",
        // Asking someone to do it, in full or texted.
        "can u", "could u", "would you", "would u", "will you", "will u", "would you mind", "would u mind", "do you mind",
        "i want you to", "i need you to", "i d like you to", "id like you to", "i would like you to", "go ahead and",
        "you can", "u can", "you may",
        "merci de", "merci d", "merci de bien vouloir", "veuillez", "pourriez vous", "pourrais tu", "tu pourrais",
        "vous pourriez", "peux tu", "est ce que tu peux", "est ce que vous pouvez", "est ce que tu pourrais",
        "est ce que vous pourriez", "je vous prie de", "je vous prie d", "je te prie de", "je te prie d", "je souhaiterais",
        "je voudrais bien", "j aimerais bien", "tu veux bien", "vous voulez bien", "je vous demande de", "je vous demande d",
    ];

    private static readonly string[] HumanVerbs =
    [
        "", "talk to", "talk with", "speak to", "speak with", "chat with", "chat to", "contact", "reach", "call",
        "connect me to", "connect me with", "put me through to", "transfer me to", "get", "have", "see",
        "parler a", "parler avec", "discuter avec", "contacter", "joindre", "appeler", "avoir", "voir",
        "etre mis en relation avec", "me mettre en relation avec", "passer a", "me passer",
    ];

    internal static readonly string[] HumanPeople =
    [
        "a human", "human", "a real human", "real human", "a human being", "a person", "a real person", "real person",
        "someone", "somebody", "someone real", "a live agent", "live agent", "an agent", "agent", "a technician",
        "technician", "a tech", "someone from it", "someone from the service desk", "the service desk", "the helpdesk",
        "the help desk", "it support", "a real agent", "an operator",
        "un humain", "humain", "un etre humain", "une personne", "une vraie personne", "une personne reelle", "quelqu un",
        "quelqu un de reel", "un agent", "agent", "un technicien", "technicien", "un conseiller", "un operateur",
        "le support", "le service desk", "le helpdesk", "quelqu un du support", "quelqu un de l informatique", "un vrai humain",
        // Franglais: the English word inside French and the French inside English ("je veux un human", "a real humain").
        "un human", "un vrai human", "un real human", "une person", "une real person", "une vraie person", "un human being",
        "un etre human", "a humain", "a real humain", "a vrai humain", "a real personne", "une personne real",
        "someone reel", "quelqu un real", "un live agent", "un technician", "a technicien",
    ];

    /// <summary>
    /// "Not a bot" said beside a wish for a person ("je veux un human, pas un bot", "a person please, not a robot", "un
    /// humain, un vrai"): only its emphasis. Alone, those naming the bot ("pas un robot", "not a bot") are the wish itself.
    /// </summary>
    public static readonly string[] NotABot =
    [
        "pas un bot", "pas un robot", "pas le bot", "pas le robot", "pas de bot", "pas de robot", "pas une machine", "pas une ia",
        "pas une ai", "pas un chatbot", "pas le chatbot", "pas bot", "pas robot", "pas une vraie machine",
        "not a bot", "not a robot", "not the bot", "not the robot", "not a machine", "not an ai", "not a chatbot", "not the chatbot",
        "no bot", "no bots", "no robot", "no robots", "not bot", "not robot", "no more bot", "no more bots",
    ];

    /// <summary>"A real one", "un vrai": emphasis after a person named, never a wish alone.</summary>
    public static readonly string[] RealOne =
    [
        "a real one", "a real one please", "one that is real", "a human one", "a live one", "not you", "pas toi", "pas vous",
        "un vrai", "une vraie", "un vrai de vrai", "un vrai cette fois", "en vrai", "for real", "a real person this time",
    ];

    /// <summary>
    /// Verbs that drop what is in progress when all that follows them only points at it ("forget this whole form",
    /// "scrap the entire request", "annule tout ce formulaire"): any such wording, not a list of phrases.
    /// </summary>
    public static readonly HashSet<string> CancelVerbs = new(StringComparer.Ordinal)
    {
        "cancel", "forget", "drop", "scrap", "scratch", "abort", "ditch", "trash", "quit", "stop", "bin", "chuck", "nix", "kill",
        "cancelling", "canceling", "dropping", "scrapping", "stopping", "killing",
        "annule", "annuler", "annulez", "oublie", "oubliez", "arrete", "arretez", "abandonne", "abandonnez", "abandonner",
    };

    /// <summary>Cancel verbs of two words, folded: "laisse tomber l'incident", "never mind the form", "forget about this request".</summary>
    public static readonly HashSet<string> CancelVerbPairs = new(StringComparer.Ordinal)
    {
        "laisse tomber", "laissez tomber", "laisse beton", "never mind", "nevermind the", "forget about", "get rid", "give up",
        "pas besoin", "plus besoin",
    };

    /// <summary>What a cancel verb may point at: the request itself, never a thing of the problem ("stop the printer").</summary>
    public static readonly HashSet<string> CancelObjects = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "whole", "entire", "all", "my", "form", "request", "ticket", "incident", "thing", "things",
        "stuff", "it", "everything", "report", "lot", "of", "le", "la", "les", "l", "ce", "cet", "cette", "ces", "tout", "toute",
        "toutes", "ma", "mon", "demande", "formulaire", "truc", "ca", "cela", "affaire", "signalement", "histoire", "on", "de",
        "du", "d",
    };

    /// <summary>Talking to someone, in either language: with a person named after it, a wish for a person.</summary>
    public static readonly HashSet<string> TalkVerbs = new(StringComparer.Ordinal)
    {
        "talk", "speak", "chat", "discuss", "parler", "discuter", "echanger",
    };

    /// <summary>Words that make a talk verb a wish ("I'd rather", "je préfère", "can I just") rather than a statement.</summary>
    public static readonly HashSet<string> WishWords = new(StringComparer.Ordinal)
    {
        "want", "wanna", "need", "prefer", "rather", "like", "can", "could", "let", "may", "would", "id", "please", "pls",
        "veux", "voudrais", "prefere", "prefererais", "aimerais", "souhaite", "souhaiterais", "peux", "puis", "besoin",
        "plutot", "pourrais", "faut", "svp", "stp",
    };

    /// <summary>Every phrase (declared after the lists it is built from: static fields initialise in order).</summary>
    public static readonly IReadOnlyDictionary<string, Interrupt> Whole = Build();

    private static Dictionary<string, Interrupt> Build()
    {
        var phrases = new Dictionary<string, Interrupt>(StringComparer.Ordinal);
        Add(phrases, Interrupt.Help,
            "help", "aide", "help me", "help please", "i need help", "need help", "what can you do", "what do you do",
            "aidez moi", "aide moi", "au secours", "a l aide", "que peux tu faire", "que sais tu faire", "tu fais quoi",
            "qu est ce que tu peux faire", "options");
        // "What can you do?" in other words: what the bot is for, asked of it ("tu sers à quoi", "how can you help").
        Add(phrases, Interrupt.Help,
            "what else can you do", "what can u do", "what can you help with", "what can you help me with", "how can you help",
            "how can you help me", "what are you able to do", "what do you do exactly", "what can i ask", "what can i ask you",
            "what are you for", "how does this work", "how do you work", "what is this bot", "what s this bot",
            "tu sais faire quoi", "tu peux faire quoi", "qu est ce que tu sais faire", "qu est ce que tu fais", "tu fais quoi exactement",
            "comment tu peux m aider", "tu peux m aider comment", "a quoi tu sers", "tu sers a quoi", "vous pouvez faire quoi",
            "que pouvez vous faire", "qu est ce que vous pouvez faire", "que savez vous faire", "je peux te demander quoi",
            "je peux vous demander quoi", "comment ca marche ici", "comment tu marches", "c est quoi ce bot", "besoin d aide");
        Add(phrases, Interrupt.Menu,
            "menu", "main menu", "the menu", "show menu", "show the menu", "show me the menu", "back to menu",
            "back to the menu", "go to menu", "go to the menu", "home", "le menu", "retour au menu", "revenir au menu",
            "menu principal", "afficher le menu");
        Add(phrases, Interrupt.StartOver,
            "start over", "restart", "start again", "begin again", "start from scratch", "start from the beginning",
            "from the beginning", "reset", "redo", "recommencer", "recommence", "on recommence", "tout recommencer",
            "recommencer a zero", "reprendre depuis le debut", "reprendre du debut", "depuis le debut", "repartir de zero");
        Add(phrases, Interrupt.Cancel,
            "cancel", "cancel it", "cancel that", "cancel this", "cancel everything", "cancel all", "cancel the request",
            "cancel my request", "cancel this request", "never mind", "nevermind", "nvm", "forget it", "forget about it",
            "forget that", "forget this", "forget all that", "stop", "stop it", "stop this", "stop that", "quit", "exit",
            "abort", "drop it", "scrap that", "scrap it", "i changed my mind", "changed my mind", "i give up", "leave it",
            "annuler", "annule", "annulez", "annules", "annule ca", "annule tout", "annuler tout", "annuler la demande",
            "annule la demande", "oublie", "oublie ca", "oublie tout", "oubliez", "oubliez ca", "oublions", "on oublie",
            "on oublie ca", "laisse tomber", "laissez tomber", "laisse tomber ca", "je laisse tomber", "on laisse tomber",
            "tant pis", "arrete", "arreter", "arretez", "arrete ca", "stop ca", "j ai change d avis", "abandonner", "abandonne",
            "laisse ca", "dont bother", "don t bother", "no need", "not needed", "forget the whole thing", "drop the request",
            "on arrete", "j arrete", "on arrete la", "on arrete tout", "pas la peine", "c est pas la peine", "ce n est pas la peine",
            "oublie la demande", "laisse tomber la demande", "cancelling", "canceling", "cancelling it", "canceling it");
        // Short and texting forms, and "forget what I said" ("I said" is a filler, so the phrase is what is left).
        Add(phrases, Interrupt.Cancel,
            "nm", "nvmd", "nvrm", "nevermnd", "never mind that", "never mind all that", "forget abt it", "forget bout it",
            "forget about that", "forget what", "ignore that", "ignore this", "ignore it", "ignore what",
            "ignore my message", "stop stop", "cancel cancel", "no forget it", "leave it then",
            "leave it for now", "dont need it", "dont need it anymore", "i dont need it anymore",
            "laisse", "laissez", "laisse beton", "laisse ca tomber", "annul", "annulation", "on annule", "on annule tout",
            "j annule", "j abandonne", "on abandonne", "oublie pas grave",
            "oublie ce que", "ignore ce que", "ignore mon message", "laisse tomber c est pas grave",
            "plus besoin", "j en ai plus besoin", "je n en ai plus besoin", "pas la peine finalement", "tant pis laisse tomber",
            "stop stop stop", "arrete tout", "stoppe", "stopper");
        // Giving up, said without a cancel verb ("screw it", "on s'arrête là", "je lâche l'affaire"); a wish denied about
        // the doing ("I don't want to do this anymore", "j'ai plus envie") is read by its kind of words (GivingUp).
        Add(phrases, Interrupt.Cancel,
            "screw it", "screw this", "whatever forget it", "not worth it", "its not worth it", "not worth the hassle",
            "let s stop here", "lets stop here", "stop here", "let s leave it", "lets leave it", "let s leave it there",
            "lets leave it there", "leave it there", "i quit", "i m done", "im done", "done with this", "i m out", "im out",
            "forget it all", "forget all of it", "forget everything", "never mind all of it",
            "arretons", "arretons la", "on s arrete la", "je m arrete la", "on en reste la", "restons en la", "on laisse",
            "je laisse", "on laisse ca", "je lache l affaire", "on lache l affaire", "laisse filer", "oublie tout ca",
            "ca vaut pas le coup", "ca ne vaut pas le coup", "pas la peine de continuer", "on oublie tout", "abandon");
        foreach (var verb in (string[])["cancel", "forget", "drop", "scrap", "stop", "annule", "annuler", "annulez", "oublie", "oubliez", "arrete"])
        {
            foreach (var what in (string[])["the ticket", "this ticket", "the incident", "this incident", "the form",
                "this form", "the whole thing", "le ticket", "ce ticket", "l incident", "cet incident", "la demande",
                "cette demande", "le formulaire", "ce formulaire"])
            {
                phrases.TryAdd($"{verb} {what}", Interrupt.Cancel);
            }
        }
        Add(phrases, Interrupt.Resume,
            "resume", "resume it", "resume my request", "resume my incident", "continue my request", "continue where i left off",
            "back to my request", "go back to my request", "get back to my request", "pick up where i left off",
            "reprendre", "reprends", "reprenons", "on reprend", "reprendre ma demande", "reprendre mon incident",
            "reprendre ou j en etais", "revenir a ma demande", "retour a ma demande", "continuer ma demande");
        foreach (var verb in HumanVerbs)
        {
            foreach (var person in HumanPeople)
            {
                phrases.TryAdd(verb.Length == 0 ? person : $"{verb} {person}", Interrupt.Human);
            }
        }

        Add(phrases, Interrupt.Human, "talk to a human", "escalate", "escalate this", "humain svp", "parler a quelqu un");
        return phrases;
    }

    private static void Add(Dictionary<string, Interrupt> phrases, Interrupt interrupt, params string[] words)
    {
        foreach (var phrase in words)
        {
            phrases[phrase] = interrupt;
        }
    }
}
