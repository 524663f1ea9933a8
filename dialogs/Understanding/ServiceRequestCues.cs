namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The catalogue's requests beyond access, English and French: software to install, equipment, and a new starter's
/// accesses and equipment asked on their behalf. A thing asked for ("a second screen", "un casque") is a request; the
/// same thing said to be broken ("my second screen stopped working") stays an incident, which weighs more for faults.
/// </summary>
internal static partial class ServiceRequestCues
{
    public static PhraseIndex<(Intent Intent, double Weight)> AddTo(PhraseIndex<(Intent Intent, double Weight)> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        void Add(Intent intent, double weight, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                index.Add(phrase, (intent, weight));
            }
        }

        // Software to install.
        Add(Intent.RequestSoftware, 4, "installed", "install", "instal", "installer", "installe", "installation", "m installer",
            "software request", "demande d installation", "new software", "nouveau logiciel", "faire installer");
        Add(Intent.RequestSoftware, 2, "software", "logiciel", "logiciels", "put", "mettre");
        Add(Intent.RequestSoftware, 3, "on my machine", "on my computer", "on my laptop", "on my pc", "on my workstation",
            "sur mon poste", "sur mon pc", "sur mon ordi", "sur mon portable");
        // A new computer as where a program goes ("sur mon nouveau pc", "for my new laptop"): the computer is no fault's topic.
        Add(Intent.RequestSoftware, 3, "on my new laptop", "on my new pc", "on my new computer", "on my new machine",
            "for my new laptop", "for my new pc", "sur mon nouveau pc", "sur mon nouveau portable", "sur mon nouvel ordi",
            "sur mon nouveau poste", "sur mon nouvel ordinateur", "pour mon nouveau pc", "pour mon nouveau portable");
        // Desktop programs people ask to have installed: named with a wish ("need 7zip", "get me autocad"), a program is
        // software to install; the same program said broken stays an incident (its fault cues weigh more).
        Add(Intent.RequestSoftware, 2.5, "7zip", "7 zip", "winrar", "winzip", "notepad", "notepad++", "vscode", "vs code",
            "visual studio", "autocad", "tableau", "tableau desktop", "zoom client", "le client zoom", "power bi desktop",
            "python", "r studio", "rstudio", "gimp", "inkscape", "filezilla", "putty", "keepass", "wireshark", "sap gui",
            "sap logon");
        Add(Intent.RequestSoftware, 1.5, "get me", "zoom");
        // Asking to have something ("can I have", "je peux avoir") says a request, not which one: the thing named decides,
        // so a program named after it is software to install as much as a site named after it is access.
        // A little less than access's own wish, which a licence named alone ("can I get Visio") keeps.
        Add(Intent.RequestSoftware, 2.5, "can i get", "can i have", "could i get", "could i have", "puis je avoir", "je peux avoir",
            "pourrais je avoir");
        // "How do I install a printer", "can I install software myself" are how-tos; an installation that fails is an incident.
        Add(Intent.RequestSoftware, -3, "how do i install", "how to install", "comment installer", "install a printer",
            "can i install", "est ce que je peux installer", "myself", "moi meme", "how", "comment", "printer", "imprimante");
        // An installation that fails, said in any words, is a fault with the installing, not a wish for a program.
        Add(Intent.RequestSoftware, -5, "cant install", "cannot install", "unable to install", "wont install", "doesnt install",
            "fails to install", "failed to install", "install fails", "install failed", "install failing", "installation failed",
            "installation fails", "installation failing", "installation keeps failing", "wont let me install", "peux pas installer",
            "peux rien installer", "impossible d installer", "arrive pas a installer", "installation echoue", "installation a echoue",
            "echec de l installation", "installation plante", "n installe pas", "n installe rien", "s installe pas");

        // Equipment for me: a thing asked for, with its article ("a headset", "un deuxième écran").
        Add(Intent.RequestHardware, 4, "a second monitor", "a 2nd monitor", "a second screen", "an extra screen", "an extra monitor",
            "a new laptop", "a replacement laptop", "a new headset", "a headset", "a webcam", "a docking station", "a keyboard",
            "a wireless keyboard", "a mouse", "a mobile phone", "un deuxieme ecran", "un second ecran", "un ecran supplementaire",
            "un nouveau pc", "un casque", "une webcam", "une station d accueil", "un dock", "un clavier", "une souris",
            "un telephone portable", "hardware request", "demande de materiel", "du materiel", "some equipment");
        Add(Intent.RequestHardware, 2, "order", "commander", "commande", "send me", "request", "demander", "second monitor",
            "2nd monitor", "extra screen", "new laptop", "replacement laptop", "new headset", "docking station", "wireless keyboard",
            "deuxieme ecran", "second ecran", "ecran supplementaire", "nouveau pc portable", "clavier souris", "equipment", "materiel");
        // A broken thing and a wish for another ("my headset died, can I get a new one", "mon casque est mort, il m'en
        // faut un autre"): the person asks for equipment, so the wish outweighs the fault said before it.
        Add(Intent.RequestHardware, 7, "get a new one", "have a new one", "need a new one", "want a new one", "a new one please",
            "send me a new one", "order a new one", "get another one", "need another one", "have another one", "a replacement",
            "replace it", "replace mine", "a new one pls", "swap it", "swap it for a new one", "en faut un autre", "en faut une autre",
            "en faut un nouveau", "en faut une nouvelle", "en faudrait un", "en faudrait une", "en avoir un autre",
            "en avoir une autre", "en avoir un nouveau",
            "en avoir une nouvelle", "en veux un autre", "en veux une autre", "le remplacer", "la remplacer",
            "un remplacement", "en remplacement", "besoin d un nouveau", "besoin d une nouvelle", "besoin d un autre",
            "besoin d une autre", "m en commander un", "m en commander une", "en recevoir un autre", "en recevoir une autre");
        Add(Intent.ReportIncident, -3, "get a new one", "need a new one", "a replacement", "en faut un autre", "en faut une autre",
            "en avoir un autre", "en avoir une autre", "le remplacer", "la remplacer");
        // Any piece of equipment wished for new or in addition ("a new charger", "another mouse", "une nouvelle souris",
        // "un autre chargeur"): the noun says equipment whether the catalogue lists it or not, and "new" / "another" says
        // it is asked for, not broken; the same noun with a fault ("my charger is dead") stays an incident.
        Add(Intent.RequestHardware, 4, [.. WishedFor()]);
        // A thing asked about ("how do I connect a second screen") is a how-to.
        Add(Intent.RequestHardware, -3, "how", "comment", "brancher", "connect");

        // Someone else who starts soon.
        Add(Intent.NewStarter, 6, "new employee", "new team member", "new colleague",
            "onboard", "onboarding", "starter pack", "nouvelle recrue", "nouvel embauche", "nouvel employe", "nouveau salarie",
            "nouveau collaborateur", "nouvelle collaboratrice", "pour un nouvel arrivant", "demande d arrivee", "arrivee d une",
            "arrivee de", "accueil d un nouvel", "preparer l arrivee");
        Add(Intent.NewStarter, 3, "starts on", "starting on", "start date", "starts with us", "joins my team", "joining in",
            "who starts", "starts on monday", "arrive lundi", "commence lundi", "arrive la semaine", "un stagiaire", "contractor starts",
            "set up her", "set up his", "lui preparer", "new starter", "new hire", "new joiner");
        // Someone else needs it: a start only with a word of arrival ("a contractor comes tomorrow, he needs the wifi" is a guest).
        Add(Intent.NewStarter, 1.2, "il lui faut", "he needs", "she needs", "they need", "will need", "il a besoin", "elle a besoin");
        Add(Intent.NewStarter, 2, "nouvel arrivant", "arriving", "next monday", "next week", "lundi prochain", "semaine prochaine");
        // How it works is a question for the knowledge base, which says how to ask; someone leaving is not starting.
        Add(Intent.NewStarter, -5, "how", "comment", "what s the process", "the process", "la procedure", "what do we do",
            "que faut il faire", "leaving", "leaver", "quitte", "depart");
        Add(Intent.RequestSoftware, -3, "comment faire", "the process", "la procedure");
        // The employee is the one who is new ("new joiner here", "je suis nouveau"): their own request.
        Add(Intent.NewStarter, -6, "joiner here", "starter here", "hire here", "i m new", "i am new", "im new", "i m a new",
            "i am a new", "je suis nouveau", "je suis nouvelle", "je viens d arriver");
        return index;
    }

    private static IEnumerable<string> WishedFor()
    {
        foreach (var noun in EquipmentEn)
        {
            foreach (var before in (string[])["a new", "another", "an extra", "a replacement"])
            {
                yield return $"{before} {noun}";
            }
        }

        foreach (var noun in EquipmentFr)
        {
            foreach (var before in (string[])["un nouveau", "une nouvelle", "un nouvel", "un autre", "une autre"])
            {
                yield return $"{before} {noun}";
            }

            yield return $"{noun} de rechange";
            yield return $"{noun} supplementaire";
        }
    }
}
