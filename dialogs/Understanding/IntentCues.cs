namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Weighted words and phrases per intent, English and French, written as people type them (accents and
/// apostrophes are folded when the table is built). Negative weights are counter-cues: "access denied" is
/// a fault, not a request for access.
/// </summary>
internal static class IntentCues
{
    public static PhraseIndex<(Intent Intent, double Weight)> Build()
    {
        var index = new PhraseIndex<(Intent, double)>();
        void Add(Intent intent, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, (intent, weight));
            }
        }

        // Something is broken.
        Add(Intent.ReportIncident, 3,
            "doesnt work", "does not work", "dont work", "not working", "isnt working", "stopped working", "stop working",
            "wont work", "crash", "crashes", "crashed", "crashing", "freezing", "freezes", "frozen", "freeze", "locked out",
            "wont connect", "cant connect", "cannot connect", "cant login", "cant log in", "cannot log in", "unable to",
            "not receiving", "jammed", "paper jam", "broken", "error", "not syncing", "wont open", "cant open", "cant print",
            "offline", "black screen", "blue screen", "stays black", "restarts", "keeps dropping", "dropping", "slow",
            "expired", "not detecting", "not arriving", "cant send", "fails", "failed", "failing", "not responding",
            "something is wrong", "access denied", "stuck", "disconnects", "keeps disconnecting", "no sound", "cant hear");
        Add(Intent.ReportIncident, 2, "problem", "problems", "issue", "bug", "full", "wrong", "anymore", "spins", "loud");
        Add(Intent.ReportIncident, 1.5, "cant", "cannot", "wont", "doesnt", "dont", "isnt", "didnt", "not", "no longer", "keeps");
        Add(Intent.ReportIncident, 3,
            "marche pas", "marche plus", "marchent pas", "marchent plus", "marche pa", "fonctionne pas", "fonctionne plus",
            "fonctionnent plus", "fonctionnent pas", "plante", "plantent", "bloque", "bloquee", "lent", "lente", "erreur",
            "impossible", "refuse", "bourrage", "hors ligne", "reste noir", "ecran noir", "se ferme", "tout seul",
            "plus d internet", "pas de tonalite", "recois plus", "recois pas", "synchronise plus", "synchronise pas",
            "redemarre", "detecte pas", "envoie pas", "arrive plus", "arrive pas", "peux plus", "pleine", "expire",
            "page blanche", "pages blanches", "entend pas", "m entend", "coupe", "s ouvre pas", "s ouvre plus", "acces refuse",
            "deconnecte", "ne repond pas", "ne repond plus", "plus de son", "pas de son");
        Add(Intent.ReportIncident, 2, "probleme", "problemes", "souci", "soucis", "panne", "pb");
        Add(Intent.ReportIncident, 1, "pas", "pa", "plus", "my", "mon", "ma");
        // Faults as people describe them: symptoms, pasted errors and codes, angry shorthand.
        Add(Intent.ReportIncident, 3,
            "no signal", "noise", "noisy", "overheating", "overheats", "gets hot", "super hot", "smudged", "cracked", "shattered",
            "flickers", "flickering", "flicker", "laggy", "lagging", "lags", "garbage", "blank", "pending", "disappeared",
            "missing", "lost", "invalid", "disabled", "refused", "denied", "times out", "time out", "timed out", "timeout",
            "cant reach", "unreachable", "returns nothing", "nothing loads", "wont load", "doesnt load", "not loading",
            "died", "dead", "wont start", "wont boot", "doesnt start", "wont turn on", "doesnt turn on", "not turning on",
            "exception", "stack trace", "traceback", "stacktrace", "stop code", "error code", "code d erreur", "errors", "fault",
            "bounced", "bounce", "undeliverable", "greyed out", "grayed out", "not showing", "doesnt show", "cant see", "cant find",
            "keeps asking", "asks again", "over and over", "again and again", "went wrong", "has stopped", "stopped",
            "keeps restarting", "keeps crashing", "keeps freezing", "keeps saying", "wont let me", "not able to", "cant access",
            "sync pending", "not sending", "not printing", "prints nothing", "wont print", "out of order", "is down", "went down",
            "se fige", "fige", "figee", "rame", "rament", "bourree", "bourre", "clignote", "clignotent", "grille", "casse",
            "cassee", "fissure", "surchauffe", "chauffe", "bruit", "bruyant", "bruyante", "n affiche rien", "affiche rien",
            "s allume plus", "s allume pas", "demarre plus", "demarre pas", "charge plus", "charge pas", "chargent pas",
            "chargent plus", "echoue", "echec", "mort", "tombe en panne", "ne trouve rien", "trouve rien", "desactive",
            "sans licence", "en boucle", "redemande", "me redemande", "invalide", "introuvable", "disparu", "disparue",
            "perdu", "efface", "ne s ouvre", "n arrive pas", "n arrive plus", "ne charge", "bug", "bugue", "beug", "beugue",
            "ne marche", "ne fonctionne", "plus rien", "hs", "ko", "ne veut plus", "veut pas", "veut plus", "refuse de",
            "message d erreur", "error message", "erreur de", "trop lent", "super lent", "crashe", "freeze", "freezes",
            "failure", "failures", "defaillance", "defaut");
        // What a device does wrong, heard or seen ("crackles", "grésille", "saccade"): a symptom said of a thing is a fault,
        // whatever else the words weigh for.
        Add(Intent.ReportIncident, 3,
            "crackles", "crackle", "crackling", "buzzes", "buzzing", "hisses", "hissing", "echoes", "echoing", "distorted",
            "muffled", "choppy", "stutters", "stuttering", "rattles", "rattling", "squeaks", "squeaking", "whines", "whining",
            "gresille", "gresillent", "gresillement", "gresillements", "crepite", "crepitent", "crepitement", "grince", "grincent",
            "bourdonne", "bourdonnent", "bourdonnement", "sature", "saturent", "saccade", "saccadent", "saccadee", "siffle",
            "sifflent", "sifflement", "larsen", "fait de l echo", "a de l echo", "coupe le son", "son hache", "image hachee");
        Add(Intent.ReportIncident, 2,
            "weird", "strange", "bizarre", "again", "encore", "still", "toujours", "since", "depuis", "urgent", "asap", "wtf",
            "nothing", "rien", "says", "affiche", "dit", "message",
            // A device or a program showing something: what it shows is most often the fault ("is showing …", "throws …").
            "showing", "shows", "displays", "throws", "pops up", "m affiche", "indique", "s affiche");

        // The bot's own commands (Teams command menu, menu card titles) and the ways people say them.
        Add(Intent.ReportIncident, 5, "report incident", "report an incident", "report a problem", "report an issue",
            "new incident", "signaler un incident", "signaler un probleme", "declarer un incident", "nouvel incident");
        Add(Intent.ReportIncident, 2, "incident");

        // A question for the knowledge base.
        Add(Intent.Question, 3, "how do i", "how to", "how can i", "how do you", "where can i find", "ou trouver", "c est quoi",
            "policy", "politique", "what is the", "whats the", "tutorial", "tuto", "procedure", "guide", "est il possible");
        // Outweighs "mon" + a named topic: "comment changer mon mot de passe" is a how-to, not a fault.
        Add(Intent.Question, 2.5, "how", "comment");
        Add(Intent.Question, 2, "where", "what is", "can i", "est ce que je peux", "puis je", "quelle", "quel",
            "is it possible", "deadline", "date limite", "explain", "ask", "question", "questions");
        Add(Intent.Question, 3, "ask a question", "poser une question", "i have a question", "j ai une question");
        Add(Intent.Question, 1.5, "comment changer", "comment modifier", "comment faire", "comment activer", "comment utiliser",
            "comment creer");
        Add(Intent.Question, 1, "setup", "set up", "configure", "configurer", "reset", "reinitialiser", "install", "installer",
            "book", "reserver", "signaler", "report", "partager", "share");

        // Access to something.
        Add(Intent.RequestAccess, 3, "access", "acces", "acceder", "permission", "permissions", "add me", "ajoutez moi",
            "m ajouter", "distribution list", "liste de diffusion", "grant", "new starter", "nouvel arrivant", "onboarding");
        Add(Intent.RequestAccess, 2.5, "rights", "droits", "licence", "license", "licences", "licenses");
        Add(Intent.RequestAccess, 1.5, "requesting", "need", "besoin", "would like", "id like", "voudrais", "souhaite",
            "souhaiterais", "aurais besoin", "obtenir", "give me", "need access", "group", "groupe", "shared folder",
            "dossier partage", "ecriture", "edit", "demande de", "channel", "canal");
        // "How do I get access to X" asks for the access, not for a how-to.
        Add(Intent.RequestAccess, 3, "get access", "request access", "demander un acces", "demande d acces", "avoir acces");
        Add(Intent.RequestAccess, -4, "access denied", "acces refuse", "license expired", "licence expiree");

        // The employee's own tickets.
        Add(Intent.MyTickets, 5, "my tickets", "mes tickets", "my requests", "mes demandes", "my incidents", "mes incidents",
            "my open tickets", "my cases");
        // One ticket named with "my" is a follow-up when the message says which (the follow-up rule weighs more).
        Add(Intent.MyTickets, 2, "my ticket", "mon ticket", "my request", "ma demande");
        Add(Intent.MyTickets, 1.5, "ticket", "tickets", "status", "statut", "suivi", "update on", "open tickets", "list", "liste");

        // Is it down for everyone?
        Add(Intent.Outage, 5, "outage", "outages", "known issue", "known issues", "incident en cours", "for everyone",
            "pour tout le monde", "anyone else", "everyone else", "d autres", "other people", "service status");
        Add(Intent.Outage, 3, "down", "en panne", "panne generale", "tout le monde", "everyone", "everybody", "generale");
        Add(Intent.Outage, 1, "panne", "is there", "y a t il", "today", "aujourd hui", "right now", "en ce moment", "having issues",
            "ont des problemes", "en cours", "panne sur");
        Add(Intent.Outage, 2, "une panne");
        Add(Intent.Outage, -2, "my", "mon", "ma");

        // A person, please.
        Add(Intent.Human, 5, "human", "humain", "real person", "vraie personne", "call me", "m appelle", "m appeler", "rappeler",
            "operator", "operateur");
        Add(Intent.Human, 4, "agent", "technicien", "technician", "talk to", "speak to", "speak with", "talk with", "parler a",
            "parler avec", "passez moi");
        Add(Intent.Human, 1.5, "parler", "someone", "somebody", "quelqu un", "au telephone", "support", "person");
        // A person to be reached by phone or to call back: asking for someone, never for access to something.
        Add(Intent.Human, 6, "someone on the phone", "somebody on the phone", "anyone on the phone", "a person on the phone",
            "someone by phone", "someone to call me", "somebody to call me", "someone call me", "phone me", "ring me",
            "call me back", "quelqu un au telephone", "quelqu un au tel", "quelqu un par telephone", "une personne au telephone",
            "quelqu un en ligne", "quelqu un pour m appeler", "quelqu un qui m appelle", "me telephoner", "me rappeler");

        // What can the bot do? Polite "please help" in front of a problem is not a request for help.
        Add(Intent.Help, 5, "what can you do", "que peux tu faire", "que pouvez vous faire", "sais faire", "what do you do",
            "how does this work", "how does this bot work", "this bot", "ce bot", "options", "commands", "commandes", "menu",
            "what are you able to do", "what else can you do", "what are you capable of", "what are you for", "tu sers a quoi",
            "a quoi tu sers", "a quoi sers tu", "vous servez a quoi", "a quoi vous servez", "tu fais quoi", "que sais tu faire");
        // A menu to eat is not the bot's: the canteen's, the day's.
        Add(Intent.Help, -5, "cafeteria menu", "canteen menu", "lunch menu", "menu today", "todays menu", "menu for today",
            "restaurant menu", "menu du jour", "menu de la cantine", "menu cantine", "menu de la cafet", "menu du self",
            "menu du restaurant", "menu de midi");
        Add(Intent.Help, 3, "help", "aide");
        Add(Intent.Help, 2, "comment ca marche", "who are you", "qui es tu");
        Add(Intent.Help, -2, "please help", "pls help", "can you help", "could you help", "help me with", "pouvez vous m aider",
            "m aider", "aidez moi");

        // Only a greeting.
        Add(Intent.Greeting, 2, "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "hello there",
            "bonjour", "salut", "bonsoir", "coucou", "hola");
        // Questions as people ask them.
        Add(Intent.Question, 3, "what should i do", "what do i do", "what to do", "que faire", "que dois je faire", "when does",
            "how long", "combien de temps", "do we have", "est ce qu on peut", "est ce qu on a", "is there a guide",
            "comment acceder", "how often", "can we", "can i use", "is it allowed", "am i allowed", "ai je le droit",
            "a t on le droit", "on peut", "est ce que je peux", "how much", "combien", "qui contacter", "who do i contact",
            "what is", "what are", "where is", "where do i", "where can", "ou est", "ou se trouve", "ou puis je",
            "menu de la cantine", "canteen", "cantine");
        // Whether a way exists: a shortcut, a setting, an option ("is there a shortcut to…", "y a-t-il un raccourci pour…").
        Add(Intent.Question, 3, "is there a shortcut", "is there a way", "is there an option", "is there a setting",
            "is there a keyboard shortcut", "any shortcut", "y a t il un raccourci", "y a t il un moyen", "il y a un raccourci",
            "y a un raccourci", "existe t il un", "un raccourci pour", "a shortcut to", "a shortcut for");
        // Whether what it does is expected ("c'est normal que mon pc …", "is it normal that …"): asked, not reported.
        // Said once each: "est-ce que c'est normal que" holds one of them, not three.
        Add(Intent.Question, 3, "c est normal que", "c est normal qu", "est ce normal", "is it normal", "is this normal",
            "is that normal", "is it expected", "is this expected");
        Add(Intent.Question, 2, "why", "pourquoi", "difference between", "difference entre", "best way", "meilleur moyen");
        // When something will happen is asked, not reported ("when does my password expire").
        Add(Intent.Question, 2.5, "when does my", "when will my", "when do i", "quand est ce que mon", "quand est ce que ma",
            "quand expire", "quand va", "a quelle date", "what date", "how long until", "dans combien de temps");

        // Access asked in other words.
        Add(Intent.RequestAccess, 3, "how do i get a", "how can i get a", "comment obtenir", "request a", "request the",
            "demander le", "demander la", "demander un", "demander une", "give me access", "donnez moi acces", "need a licence",
            "need a license", "besoin d une licence", "besoin d un acces");
        Add(Intent.RequestAccess, 2, "should request", "i should request", "dois demander", "de demander");
        // Told to ask for it, or naming a kind of access rather than a fault.
        Add(Intent.RequestAccess, 3, "told me to request", "said i should request", "asked me to request", "need to request",
            "want to request", "m a dit de demander", "je dois demander", "full tunnel", "tunnel complet");
        Add(Intent.RequestAccess, 3, "can i get", "can i have", "could i get", "could i have", "puis je avoir", "je peux avoir",
            "pourrais je avoir", "est ce que je peux avoir");
        Add(Intent.RequestAccess, 4.5, "how do i get", "how can i get", "comment avoir", "comment je peux avoir");

        // Is it down for everyone, asked.
        Add(Intent.Outage, 5, "major incident", "incident majeur", "incidents connus", "incidents en cours", "etat des services",
            "service status", "status page", "is everything down", "tout est en panne", "c est que moi", "juste moi", "just me",
            "only me", "d autres ont", "others have", "anyone else have", "is it down", "est tombe", "est down");
        Add(Intent.Outage, 2, "tombe", "panne", "outage", "down", "en cours");
        Add(Intent.Outage, 5, "known problem", "known problems", "problemes connus", "probleme connu", "souci connu",
            "any problems with", "des problemes avec", "des soucis avec");

        // A person, in other words.
        Add(Intent.Human, 5, "service desk", "helpdesk", "help desk", "conseiller", "un conseiller", "support team",
            "connect me", "mettez moi en relation", "joindre le support", "quelqu un du support", "someone from it");

        // What can the bot do, in other words.
        Add(Intent.Help, 6, "what can i ask", "je peux te demander quoi", "je peux vous demander quoi", "au secours", "que peux je",
            "what can this do", "what do you know", "how can you help", "comment tu peux m aider");

        // Greetings, short and informal.
        Add(Intent.Greeting, 2, "yo", "hiya", "hi there", "slt", "bjr", "wesh", "howdy", "hey there", "morning", "bonne journee",
            "gm", "mornin", "morning all", "hi all", "hey all", "hello all", "bonjour a tous", "salut a tous", "allo");

        // The list of one's own tickets, in other words.
        Add(Intent.MyTickets, 5, "open incidents", "mytickets", "mes tikets", "my tikets", "show my", "all my tickets",
            "j ai deja signale", "ce que j ai signale", "qu est ce que j ai signale", "voir mes", "montre moi mes", "quels sont mes");
        // Everything I reported, as a whole: the list, not a person ("with the helpdesk" says where, not who).
        Add(Intent.MyTickets, 6, "everything i", "all i reported", "all i opened", "what i reported", "what have i reported",
            "what i opened", "what have i opened", "what i logged", "stuff i reported", "stuff i opened", "stuff i logged",
            "things i reported", "ticket history", "my history", "anything pending", "anything open", "tickets open",
            "tickets ouverts", "des tickets", "tout ce que j ai", "ce que j ai ouvert", "ce que j ai remonte",
            "historique de mes", "mon historique", "mes requetes", "my open requests", "my open incidents");
        Add(Intent.MyTickets, 3, "open tickets", "open requests", "my reported", "i reported so far", "so far");
        // The list asked in other words: cases, "what I've logged", "under my name", an overview; "with the helpdesk"
        // says where the tickets are, not that a person is wanted.
        Add(Intent.MyTickets, 6, "my cases", "my open cases", "all my open", "what ive logged", "what ive opened",
            "what ive reported", "what ive submitted", "what ive raised", "everything ive", "under my name", "which of my",
            "overview of my", "summary of my", "list of my", "list everything", "my stuff", "recap de mes", "resume de mes",
            "mes dossiers", "liste de mes", "la liste de mes", "mes tickets en cours", "mes demandes en cours",
            "mes demandes en attente", "tous mes", "toutes mes");
        Add(Intent.MyTickets, 3, "i submitted", "i logged", "i opened", "i raised", "ive logged", "ive opened", "ive submitted",
            "ive raised", "j ai ouvert", "j ai soumis");
        Add(Intent.Human, -4, "with the helpdesk", "with the service desk", "with the help desk", "with it", "aupres du support",
            "chez l it");
        // Access said to be lost or refused is a fault, not a request ("the whole team cannot access the shared drive").
        Add(Intent.RequestAccess, -4, "cant access", "cannot access", "can t access", "unable to access", "not able to access",
            "no longer access", "lost access", "n arrive pas a acceder", "n arrive plus a acceder", "impossible d acceder",
            "peux pas acceder", "peux plus acceder", "plus acces", "plus d acces", "perdu l acces", "perdu mon acces");
        // Getting back what was deleted or lost asks how to restore it, not for an access ("can i get it back myself?").
        Add(Intent.RequestAccess, -2.5, "get it back", "get them back", "get back", "le recuperer", "les recuperer", "recuperer",
            "restaurer", "restore", "recover");
        Add(Intent.Question, 2, "get it back", "get them back", "le recuperer", "les recuperer", "restaurer", "restore", "recover");
        // Doing it oneself asks for the how-to ("can I install it myself?", "je peux le faire moi-même ?").
        Add(Intent.Question, 1.5, "myself", "by myself", "moi meme", "par moi meme");
        // Where things are kept is asked, not reported ("where are the recordings stored", "où sont stockés").
        Add(Intent.Question, 3, "ou sont", "where are", "ou se trouvent", "where do i find", "where can i find", "ou trouver");
        // Nobody receiving anything is a fault.
        Add(Intent.ReportIncident, 3, "ne recoit", "ne recoivent", "recoit plus", "recoit pas", "recoivent plus", "recoivent pas",
            "receives nothing", "receiving nothing", "nobody receives", "no one receives");
        // Orders in a business sense are not the bot's commands ("on attend des commandes", "passer une commande").
        Add(Intent.Help, -5, "des commandes", "une commande", "la commande", "bon de commande", "bons de commande",
            "passer commande", "commandes clients", "commande client", "suivi de commande", "nos commandes", "les commandes clients",
            "purchase order", "purchase orders", "customer orders");

        // Is it down for others, asked in other words: "for everybody", "does it work for anyone", an incident or a cut
        // going on now ("any incident ongoing", "une coupure réseau", "des perturbations"), the desk asked if it knows
        // ("are you aware of a…", "vous êtes au courant d'une…"). The shape (asked or stated) still decides outage or fault.
        Add(Intent.Outage, 5, "for everybody", "for anybody", "for anyone", "works for anyone", "working for anyone",
            "marche pour quelqu un", "fonctionne pour quelqu un", "marche chez quelqu un", "pour tout le monde ou",
            "aware of a", "aware of an", "aware of any", "au courant d une", "au courant d un", "au courant de la",
            "au courant du", "any incident", "incident ongoing", "ongoing incident", "ongoing issue", "ongoing issues",
            "coupure generale", "coupure reseau", "une coupure", "des coupures", "perturbation", "perturbations",
            "disruption", "disruptions", "service disruption", "having problems", "having trouble");
        // Now, in other words ("atm", "currently", "actuellement"): an outage is asked about the present.
        Add(Intent.Outage, 1, "atm", "at the moment", "currently", "ongoing", "actuellement");
        // A whole group cut off, said beside the question ("whole team cant connect", "on est tous coupés").
        Add(Intent.Outage, 2, "whole team", "all of us", "we all", "on est tous", "nous sommes tous", "toute l equipe");

        // What the bot can be asked, in other words ("what kind of things can I ask you", "qu'est-ce que je peux te
        // demander"), and its list of commands ("liste des commandes" is the menu, not business orders).
        Add(Intent.Help, 6, "what kind of things", "what sort of things", "what kinds of things", "what things can",
            "quel genre de choses", "quels types de choses", "je peux te demander", "je peux vous demander", "can i ask you",
            "i can ask you", "on peut te demander", "on peut vous demander", "help me with what", "help with what",
            "aider pour quoi", "m aider pour quoi", "m aider en quoi", "aider en quoi");
        Add(Intent.Help, 10, "list of commands", "liste des commandes", "la liste des commandes", "les commandes du bot",
            "quelles commandes", "what commands", "available commands", "commandes disponibles");
        // Asking the bot to do something is not asking what it does ("can I ask you to reset it", "je peux vous demander de").
        Add(Intent.Help, -7, "ask you to", "ask you for", "te demander de", "vous demander de", "te demander d", "vous demander d",
            "te demander un", "vous demander un", "te demander une", "vous demander une");

        // Asking to have something is a request, not a how-to question ("est-ce que je peux avoir un écran").
        Add(Intent.Question, -3, "can i have", "can i get", "could i have", "could i get", "je peux avoir", "puis je avoir",
            "pourrais je avoir", "est ce que je peux avoir");
        return index;
    }
}
