namespace ServiceDesk.Dialogs.Understanding;

// Requests read by kinds of words rather than phrases, in any wording: installation said, a piece of equipment wished
// for, someone new arriving (added to the rules' scores); and the equipment nouns these and the wished-for phrases share.
internal static partial class ServiceRequestCues
{
    /// <summary>Equipment people carry or put on a desk, by name; wished for with "a new", "another", "un nouveau"...</summary>
    private static readonly string[] EquipmentEn =
    [
        "charger", "laptop charger", "power adapter", "adapter", "adaptor", "power cable", "cable", "mouse", "keyboard", "monitor",
        "screen", "headset", "headphones", "earphones", "webcam", "camera", "dock", "docking station", "laptop", "computer", "pc",
        "phone", "mobile", "mobile phone", "battery", "usb stick", "usb key", "usb hub", "hub", "mouse pad", "laptop stand",
        "laptop bag", "speaker", "microphone", "mic", "tablet", "sim card", "trackpad", "stylus",
    ];

    private static readonly string[] EquipmentFr =
    [
        "chargeur", "adaptateur", "cable", "cable d alimentation", "souris", "clavier", "ecran", "moniteur", "casque", "ecouteurs",
        "webcam", "camera", "dock", "station d accueil", "portable", "pc", "pc portable", "ordinateur", "ordi", "telephone",
        "batterie", "cle usb", "hub", "hub usb", "tapis de souris", "support", "sacoche", "micro", "tablette", "carte sim",
    ];

    /// <summary>Where a program goes: "on my laptop", "sur mon poste".</summary>
    private static readonly HashSet<string> Machines = new(StringComparer.Ordinal)
    {
        "machine", "computer", "laptop", "pc", "workstation", "desktop", "poste", "ordi", "ordinateur", "portable", "mac",
    };

    /// <summary>
    /// Installation said: "install", "installé", "download", "télécharger", "set up on my pc", "sur mon poste". A product
    /// in both the access catalogue (its licence) and the software one (installed) is asked as software only then.
    /// </summary>
    public static bool SaysInstallation(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.StartsWith("instal", StringComparison.Ordinal) || word is "download" or "downloaded" or "telecharger" or "telecharge"
                or "setup" or "deploy" or "deployer" or "deploiement")
            {
                return true;
            }

            if (word is "on" or "onto" or "sur" && i + 2 < words.Count && words[i + 1] is "my" or "mon" or "ma" or "the" or "le"
                && Machines.Contains(words[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a wished-for piece of equipment adds to the hardware request (a fault said of it still weighs more).</summary>
    public const double WishedEquipmentWeight = 3.5;

    /// <summary>What someone new arriving adds to the new starter.</summary>
    public const double ArrivalWeight = 4;

    /// <summary>Words that wish for something: "I need a …", "il me faut un …", "je voudrais une …", "demande de …".</summary>
    private static readonly HashSet<string> Wishes = new(StringComparer.Ordinal)
    {
        "need", "want", "like", "request", "requesting", "order", "ordering", "send", "besoin", "faut", "faudrait", "voudrais",
        "voudrait", "souhaite", "souhaiterais", "veux", "demande", "commander", "fournir", "envoyer", "recevoir",
    };

    /// <summary>Between the wish and the thing: articles, "me", and the kinds of words that qualify equipment.</summary>
    private static readonly HashSet<string> WishFillers = new(StringComparer.Ordinal)
    {
        "a", "an", "some", "me", "us", "new", "second", "2nd", "extra", "spare", "another", "work", "proper", "decent", "good",
        "wireless", "bluetooth", "usb", "c", "bigger", "larger", "ergonomic", "noise", "cancelling", "portable", "of", "for",
        "un", "une", "des", "d", "de", "du", "m", "moi", "nous", "nouveau", "nouvelle", "nouvel", "deuxieme", "second", "seconde",
        "autre", "pro", "professionnel", "professionnelle", "sans", "fil", "bon", "bonne", "grand", "plus", "ergonomique",
    };

    private static readonly HashSet<string> EquipmentWords = new(
        EquipmentEn.Concat(EquipmentFr).Where(n => !n.Contains(' ', StringComparison.Ordinal))
            .Concat(["monitors", "screens", "headsets", "ecrans", "telephone", "smartphone", "iphone", "casques", "souris", "portables"]),
        StringComparer.Ordinal);

    /// <summary>
    /// A piece of equipment wished for, in any wording: a wish word, then within a few words of articles and qualifiers
    /// ("a work phone", "un casque avec micro" stops at "avec" after the noun is found) a noun of equipment. "My laptop"
    /// is one's own device (a possessive is no filler, so "I need my laptop fixed" is not read), a negator ends it.
    /// </summary>
    public static bool WishesEquipment(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Wishes.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 4; j++)
            {
                if (EquipmentWords.Contains(words[j]))
                {
                    return true;
                }

                if (!WishFillers.Contains(words[j]))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>The words the kind readers expect, for the spelling repair (read as typed, typos of them repaired to them).</summary>
    public static IEnumerable<string> KindWords => Wishes.Concat(EquipmentWords).Concat(Newcomers).Concat(Arrivals);

    /// <summary>Someone new, or a role that is hired ("intern", "stagiaire"), before a verb of arriving.</summary>
    private static readonly HashSet<string> Newcomers = new(StringComparer.Ordinal)
    {
        "new", "nouveau", "nouvelle", "nouvel", "intern", "trainee", "apprentice", "contractor", "hire", "joiner", "starter",
        "someone", "stagiaire", "alternant", "alternante", "apprenti", "apprentie", "prestataire", "recrue", "quelqu", "interim",
        "interimaire",
    };

    /// <summary>Arriving, said now or ahead (never "started": a thing that started doing something is a fault).</summary>
    private static readonly HashSet<string> Arrivals = new(StringComparer.Ordinal)
    {
        "starts", "starting", "joins", "joining", "arrives", "arriving", "commence", "commencera", "arrive", "arrivera",
        "rejoint", "rejoindra", "debute", "debutera", "integre", "integrera",
    };

    /// <summary>
    /// Someone new arriving, in any wording: "my new developer starts Monday", "someone new is joining my team",
    /// "quelqu'un rejoint mon équipe", "un stagiaire arrive": a newcomer word, then within three words a verb of arriving.
    /// Not when a thing or a negator stands between ("the new laptop starts making noise", "quelqu'un n'arrive"), nor when
    /// the verb goes on with a doing ("starts crashing", "starts to freeze").
    /// </summary>
    public static bool SomeoneArrives(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Newcomers.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                if (EquipmentWords.Contains(words[j]) || words[j] is "version" or "update" or "app" or "system" or "software" or "logiciel"
                    or "n" or "ne" or "not" or "cant" or "doesnt")
                {
                    break;
                }

                if (Arrivals.Contains(words[j]))
                {
                    // "starts to freeze", "commence à planter", "n'arrive pas", "starts crashing": a doing, not an arrival.
                    var next = j + 1 < words.Count ? words[j + 1] : string.Empty;
                    if (next is "to" or "a" or "pas" or "plus" or "not" || next.EndsWith("ing", StringComparison.Ordinal))
                    {
                        break;
                    }

                    return true;
                }
            }
        }

        return false;
    }
}
