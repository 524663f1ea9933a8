namespace ServiceDesk.Dialogs.Understanding;

// What counts less than the subject: a thing named as a setting ("in a Teams meeting", "sans le lien"), a remedy already
// tried ("déjà redémarré le poste"), a thing said to work ("but Teams works"); "since yesterday" is a moment, not a setting.
internal static partial class TopicReader
{
    /// <summary>Setting words that say when rather than where: "depuis hier Word plante" is about Word.</summary>
    private static readonly HashSet<string> TimeSettings = new(StringComparer.Ordinal) { "since", "depuis", "after", "apres" };

    /// <summary>Words of a moment: after "since"/"depuis" they end the setting, and what follows is the subject.</summary>
    private static readonly HashSet<string> Moments = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "morning", "tonight", "hier", "aujourd", "hui", "matin", "soir", "ce", "this", "last", "week",
        "semaine", "monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    };

    /// <summary>Words before a thing that make it a setting, not the subject ("in", "during", "pendant", "lors de").</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "in", "during", "while", "when", "into", "through", "via", "pendant", "dans", "lors", "durant", "avec", "with", "via",
        "from", "depuis", "using", "en", "after", "apres", "since", "quand", "lorsque", "lorsqu",
        // What the subject arrives without is a part of it: "invites arrive without the Teams link".
        "without", "sans",
    };

    /// <summary>Words opening a clause of when, whose subject and verb stand before the thing it names.</summary>
    private static readonly HashSet<string> WhenClauses = new(StringComparer.Ordinal) { "when", "while", "whenever", "quand", "lorsque", "lorsqu" };

    /// <summary>A remedy already tried ("j'ai déjà redémarré le poste", "already rebooted the laptop") is not the problem.</summary>
    private static readonly HashSet<string> Remedies = new(StringComparer.Ordinal) { "already", "deja", "tried", "essaye" };

    private static readonly HashSet<string> Works = new(StringComparer.Ordinal)
    {
        "works", "working", "work", "fine", "ok", "okay", "marche", "fonctionne", "fonctionnent", "marchent", "nickel",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "dont", "doesnt", "isnt", "cant", "wont", "pas", "plus", "ne", "n", "never", "jamais",
        "stopped", "stops", "quit", "ceased", "arrete", "cesse",
    };

    /// <summary>Verbs of using something else while waiting: "they can use laptops for now", "j'utilise le portable en attendant".</summary>
    private static readonly HashSet<string> UseVerbs = new(StringComparer.Ordinal)
    {
        "use", "using", "uses", "utilise", "utiliser", "utilisent", "borrow", "borrowed", "emprunte", "emprunter", "prendre", "pris",
    };

    /// <summary>What says the thing used is a stopgap: "for now", "instead", "en attendant", "à la place".</summary>
    private static readonly string[][] Meanwhile =
    [
        ["for", "now"], ["instead"], ["meanwhile"], ["in", "the", "meantime"], ["en", "attendant"], ["pour", "l", "instant"],
        ["pour", "le", "moment"], ["a", "la", "place"], ["temporarily"], ["temporairement"],
    ];

    /// <summary>Words saying a computer is shared or fixed: "le poste partagé", "the shared pc", "pc commun".</summary>
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal)
    {
        "shared", "common", "communal", "public", "partage", "partagee", "commun", "commune", "fixe",
    };

    /// <summary>Places a computer stays in, where no one carries it away: "the pc at the front desk", "le pc de l'accueil".</summary>
    private static readonly HashSet<string> FixedPlaces = new(StringComparer.Ordinal)
    {
        "reception", "accueil", "lobby", "hall", "front", "warehouse", "entrepot", "atelier", "workshop", "standard", "caisse",
        "comptoir", "counter", "lab", "labo", "kiosk", "borne", "pause", "break", "archives", "usine", "factory", "classroom",
        "library", "bibliotheque", "guichet", "quai", "salle", "room", "boutique", "magasin", "shop",
    };

    private static readonly HashSet<string> PlaceLinks = new(StringComparer.Ordinal)
    {
        "at", "in", "of", "on", "from", "by", "de", "du", "d", "dans", "a", "au", "sur",
    };

    /// <summary>
    /// "they can use laptops for now", "j'utilise mon portable en attendant": a thing used while the broken one is out is
    /// a stopgap, not the subject.
    /// </summary>
    private static bool Workaround(IReadOnlyList<string> words, int start, int length)
    {
        var used = Enumerable.Range(Math.Max(0, start - 3), Math.Min(start, 3)).Any(k => UseVerbs.Contains(words[k]));
        if (!used)
        {
            return false;
        }

        for (var k = start + length; k < Math.Min(words.Count, start + length + 5); k++)
        {
            if (Meanwhile.Any(phrase => k + phrase.Length <= words.Count && phrase.Select((w, i) => words[k + i] == w).All(same => same)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the shared pc", "le poste partagé", "the pc at the front desk", "le pc de l'accueil", "the reception computer": a
    /// computer shared or said to be a place's.
    /// </summary>
    private static bool SharedOrPlaced(IReadOnlyList<string> words, int start, int length)
    {
        if (start > 0 && (Shared.Contains(words[start - 1]) || FixedPlaces.Contains(words[start - 1])))
        {
            return true;
        }

        var linked = false;
        for (var k = start + length; k < Math.Min(words.Count, start + length + 4); k++)
        {
            // "the pc in the meeting room": one describing word may stand before the place.
            if (Shared.Contains(words[k]) || (linked && (FixedPlaces.Contains(words[k])
                || (k + 1 < words.Count && FixedPlaces.Contains(words[k + 1]) && !PlaceLinks.Contains(words[k])))))
            {
                return true;
            }

            if (PlaceLinks.Contains(words[k]))
            {
                linked = true;
            }
            else if (!Determiners.Contains(words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"already rebooted the laptop", "déjà redémarré le poste": a remedy word one to three words before.</summary>
    private static bool AfterRemedy(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (Remedies.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "in a Teams meeting", "pendant les réunions Teams": a setting word one to three words before; a clause of when up
    /// to five ("quand je branche le portable", "when I plug in my laptop").
    /// </summary>
    private static bool IsSetting(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 5); k--)
        {
            if (k < start - 3 && !WhenClauses.Contains(words[k]))
            {
                continue;
            }

            if (Settings.Contains(words[k]))
            {
                // "since the update" sets; "depuis hier Word se ferme" says when, and Word is the subject.
                return !TimeSettings.Contains(words[k]) || !Enumerable.Range(k + 1, start - k - 1).Any(j => Moments.Contains(words[j]) || words[j].Any(char.IsAsciiDigit));
            }
        }

        return false;
    }

    /// <summary>"but Teams works", "teams marche": a working word right after, not negated.</summary>
    private static bool SaidToWork(IReadOnlyList<string> words, int after)
    {
        for (var k = after; k < Math.Min(words.Count, after + 2); k++)
        {
            if (Negations.Contains(words[k]))
            {
                return false;
            }

            if (Works.Contains(words[k]))
            {
                return k + 1 >= words.Count || !Negations.Contains(words[k + 1]);
            }
        }

        return false;
    }
}
