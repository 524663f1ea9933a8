namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// What is affected, read from the whole sentence: every topic word counts, the first thing named (usually what is
/// broken) counts more, a thing mentioned after it as a place or moment ("in a Teams meeting", "pendant les réunions")
/// or said to work ("but Teams works") counts less. So "the Wi-Fi drops in every Teams meeting" is network, and
/// "Outlook keeps asking for my password" is email.
/// </summary>
internal static class TopicReader
{
    private const double FirstNamed = 1.5;
    private const double WeakFirstNamed = 1.25;
    private const double MentionedOnly = 0.4;
    private const double WorkingFactor = 0.15;

    private static readonly PhraseIndex<(string Category, string? Service, double Weight, bool Implied)> Topics = TopicCues.Build();

    private static readonly PhraseIndex<bool> Rooms = BuildRooms();

    /// <summary>Setting words that say when rather than where: "depuis hier Word plante" is about Word.</summary>
    private static readonly HashSet<string> TimeSettings = new(StringComparer.Ordinal) { "since", "depuis", "after", "apres" };

    /// <summary>Words of a moment: after "since"/"depuis" they end the setting, and what follows is the subject.</summary>
    private static readonly HashSet<string> Moments = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "morning", "tonight", "hier", "aujourd", "hui", "matin", "soir", "ce", "this", "last", "week",
        "semaine", "monday", "tuesday", "wednesday", "thursday", "friday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    };

    /// <summary>"in our office", "au bureau": the word names the place, not the product of the same name.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "office" };

    private static readonly HashSet<string> PlaceBefore = new(StringComparer.Ordinal)
    {
        "our", "the", "my", "at", "in", "this", "whole", "entire", "same", "to", "from", "back", "head",
    };

    /// <summary>Words that may stand between a setting word and the thing it sets ("in my Teams", "pendant la réunion").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "your", "this", "that", "le", "la", "les", "l", "un", "une", "mon", "ma", "mes", "notre",
        "nos", "votre", "vos", "ce", "cette", "son", "sa", "des", "du",
    };

    /// <summary>Parts of a device: "l'écran de mon iPhone", "the keyboard of my laptop" are about the device that has them.</summary>
    private static readonly HashSet<string> Parts = new(StringComparer.Ordinal)
    {
        "screen", "screens", "ecran", "ecrans", "keyboard", "clavier", "battery", "batterie", "charger", "chargeur", "camera",
        "webcam", "micro", "microphone", "touchpad", "trackpad", "display", "speaker", "speakers", "haut", "port", "ports", "usb",
    };

    private static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "of", "de", "du", "d", "on", "sur" };

    /// <summary>How a thing is said to be in a room: "in the boardroom", "de la salle", "dans la salle de réunion".</summary>
    private static readonly HashSet<string> RoomLinks = new(StringComparer.Ordinal) { "of", "de", "du", "d", "on", "sur", "in", "dans", "at" };

    /// <summary>Displays a room may have besides the parts of a device.</summary>
    private static readonly HashSet<string> RoomDisplays = new(StringComparer.Ordinal)
    {
        "monitor", "monitors", "moniteur", "hdmi", "displayport", "dock", "docking", "panel", "tablette", "tablet",
    };

    /// <summary>A general word for software beside a product's name ("l'appli Authenticator") is only its kind.</summary>
    private static readonly HashSet<string> SoftwareKinds = new(StringComparer.Ordinal)
    {
        "app", "appli", "application", "logiciel", "software", "program", "programme",
    };


    /// <summary>Words before a thing that make it a setting, not the subject ("in", "during", "pendant", "lors de").</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "in", "during", "while", "when", "into", "through", "via", "pendant", "dans", "lors", "durant", "avec", "with", "via",
        "from", "depuis", "using", "en", "after", "apres", "since",
        // What the subject arrives without is a part of it: "invites arrive without the Teams link".
        "without", "sans",
    };

    /// <summary>A remedy already tried ("j'ai déjà redémarré le poste", "already rebooted the laptop") is not the problem.</summary>
    private static readonly HashSet<string> Remedies = new(StringComparer.Ordinal) { "already", "deja", "tried", "essaye" };

    private static readonly HashSet<string> GenericDevices = new(StringComparer.Ordinal)
    {
        "pc", "computer", "laptop", "ordi", "ordinateur", "portable", "poste", "desktop", "workstation", "macbook", "mac",
    };

    private static readonly HashSet<string> Works = new(StringComparer.Ordinal)
    {
        "works", "working", "work", "fine", "ok", "okay", "marche", "fonctionne", "fonctionnent", "marchent", "nickel",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "dont", "doesnt", "isnt", "cant", "wont", "pas", "plus", "ne", "n", "never", "jamais",
        "stopped", "stops", "quit", "ceased", "arrete", "cesse",
    };

    /// <summary>Prefixes of glued words in pasted logs ("vpnagent", "outlook.exe" is split already, "AADSTS50053").</summary>
    private static readonly (string Prefix, string Category, string? Service)[] Glued =
    [
        ("vpn", CategoryIds.NetworkVpn, ServiceIds.Vpn), ("aadsts", CategoryIds.AccountPassword, null), ("aadsts", CategoryIds.AccountPassword, null),
        ("outlook", CategoryIds.Email, ServiceIds.Outlook), ("onedrive", CategoryIds.Software, ServiceIds.OneDrive),
        ("sharepoint", CategoryIds.Software, ServiceIds.OneDrive), ("wifi", CategoryIds.NetworkVpn, ServiceIds.WiFi),
    ];

    public static IEnumerable<string> Words => Topics.Words;

    /// <summary>
    /// The category and service of the sentence; with <paramref name="namedOnly"/> a service only when a word names it
    /// (not one a keyboard or "my emails" falls in: what a follow-up matches tickets with).
    /// </summary>
    public static (string? Category, string? Service) Read(IReadOnlyList<string> words, bool namedOnly = false)
    {
        var byCategory = new Dictionary<string, double>(StringComparer.Ordinal);
        var services = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var first = true;
        var spans = Longest(Topics.Spans(words));
        var rooms = Rooms.Spans(words);
        foreach (var ((category, service, weight, implied), start, length) in spans)
        {
            if (PartOfAnother(words, spans, start, length, category, service) || KindBesideProduct(words, spans, start)
                || GearOfARoom(words, rooms, start, length)
                || (PlaceWords.Contains(words[start]) && length == 1 && start > 0 && PlaceBefore.Contains(words[start - 1])))
            {
                continue;
            }

            // What is named first is what the sentence is about, even after "in" ("error in SAP"); a bare device
            // ("my pc can't see the wifi") or a weak word is often only where it happens, so it gets less of that.
            // A remedy already tried ("j'ai déjà redémarré le pc mais Excel plante") is never what the sentence is about.
            if (AfterRemedy(words, start))
            {
                Add(byCategory, services, category, implied && namedOnly ? null : service, weight * MentionedOnly);
                continue;
            }

            var factor = !first ? (IsSetting(words, start) ? MentionedOnly : 1)
                : GenericDevices.Contains(words[start]) ? 1
                : weight >= 3 ? FirstNamed : WeakFirstNamed;
            first = false;

            if (SaidToWork(words, start + length))
            {
                factor = WorkingFactor;
            }

            Add(byCategory, services, category, implied && namedOnly ? null : service, weight * factor);
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (prefix, category, service) in Glued)
            {
                if (words[i].Length > prefix.Length + 1 && words[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    Add(byCategory, services, category, service, 3);
                }
            }
        }

        if (byCategory.Count == 0)
        {
            return (null, null);
        }

        string? chosen = null;
        var best = double.MinValue;
        foreach (var (category, score) in byCategory)
        {
            // Deterministic: highest total, then the category's id.
            if (score > best || (score == best && string.CompareOrdinal(category, chosen) < 0))
            {
                (chosen, best) = (category, score);
            }
        }

        if (!services.TryGetValue(chosen!, out var named))
        {
            return (chosen, null);
        }

        // The service most said (ties: the first named).
        string? top = null;
        var most = double.MinValue;
        foreach (var (service, score) in named)
        {
            if (score > most)
            {
                (top, most) = (service, score);
            }
        }


        return (chosen, top);
    }

    private static void Add(Dictionary<string, double> byCategory, Dictionary<string, Dictionary<string, double>> services, string category, string? service, double weight)
    {
        byCategory[category] = byCategory.GetValueOrDefault(category) + weight;
        if (service is not null)
        {
            if (!services.TryGetValue(category, out var named))
            {
                services[category] = named = [];
            }

            named[service] = named.GetValueOrDefault(service) + weight;
        }
    }

    /// <summary>
    /// A phrase inside a longer one is the longer one's: "téléphone portable" is a phone, not a laptop, and "pc fixe" a
    /// desktop, not also a pc.
    /// </summary>
    private static List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> Longest(
        List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> spans) =>
        spans.Count < 2 ? spans
            : [.. spans.Where(s => !spans.Any(o => o.Length > s.Length && o.Start <= s.Start && o.Start + o.Length >= s.Start + s.Length))];

    /// <summary>
    /// "l'écran de mon iPhone", "the battery of my laptop", "my laptop keyboard": a part said with the thing that has it
    /// is about that thing.
    /// </summary>
    private static bool PartOfAnother(IReadOnlyList<string> words, List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> spans, int start, int length, string category, string? service)
    {
        if (length != 1 || !Parts.Contains(words[start]))
        {
            return false;
        }

        if (spans.Any(s => s.Start + s.Length == start && (s.Value.Category != category || s.Value.Service != service) && !Parts.Contains(words[s.Start])))
        {
            return true;
        }

        var k = start + 1;
        if (k >= words.Count || !Of.Contains(words[k]))
        {
            return false;
        }

        k++;
        while (k < words.Count && k <= start + 3 && Determiners.Contains(words[k]))
        {
            k++;
        }

        return spans.Any(s => s.Start == k && (s.Value.Category != category || s.Value.Service != service) && !Parts.Contains(words[s.Start]));
    }

    /// <summary>
    /// "the screen in the boardroom", "l'écran tactile de la salle de réunion", "the meeting room camera": a part or a
    /// display fixed in a shared room is the room's, whatever the room is said with (of, in, on, de, dans), and one
    /// describing word may come between ("tactile", "main"). An employee's own device in a room stays theirs: only parts.
    /// </summary>
    private static bool GearOfARoom(IReadOnlyList<string> words, List<(bool Value, int Start, int Length)> rooms, int start, int length)
    {
        if (rooms.Count == 0 || length != 1 || !(Parts.Contains(words[start]) || RoomDisplays.Contains(words[start])))
        {
            return false;
        }

        if (rooms.Any(r => r.Start + r.Length == start))
        {
            return true;
        }

        var k = start + 1;
        if (k < words.Count && !RoomLinks.Contains(words[k]) && !Determiners.Contains(words[k]))
        {
            k++; // one describing word: "tactile", "principal", "main"
        }

        if (k >= words.Count || !RoomLinks.Contains(words[k]))
        {
            return false;
        }

        k++;
        while (k < words.Count && k <= start + 5 && Determiners.Contains(words[k]))
        {
            k++;
        }

        return rooms.Any(r => r.Start == k);
    }

    /// <summary>"l'appli Authenticator", "the Teams app": a general word for software next to a product's name.</summary>
    private static bool KindBesideProduct(IReadOnlyList<string> words, List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> spans, int start) =>
        SoftwareKinds.Contains(words[start])
        && spans.Any(s => s.Value.Service is not null && (s.Start == start + 1 || s.Start + s.Length == start) && !SoftwareKinds.Contains(words[s.Start]));

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

    /// <summary>"in a Teams meeting", "pendant les réunions Teams": a setting word one to three words before.</summary>
    private static bool IsSetting(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
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

    private static PhraseIndex<bool> BuildRooms()
    {
        var rooms = new PhraseIndex<bool>();
        foreach (var room in TopicCues.Rooms)
        {
            rooms.Add(room, true);
        }

        return rooms;
    }
}
