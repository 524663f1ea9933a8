namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// What is affected, read from the whole sentence: every topic word counts, the first thing named (usually what is
/// broken) counts more, a thing mentioned after it as a place or moment ("in a Teams meeting", "pendant les réunions")
/// or said to work ("but Teams works") counts less. So "the Wi-Fi drops in every Teams meeting" is network, and
/// "Outlook keeps asking for my password" is email. Whose thing a word names is in TopicReader.Owners.cs, what counts
/// less than the subject in TopicReader.Settings.cs.
/// </summary>
internal static partial class TopicReader
{
    private const double FirstNamed = 1.5;
    private const double WeakFirstNamed = 1.25;
    private const double MentionedOnly = 0.4;
    private const double WorkingFactor = 0.15;

    private static readonly PhraseIndex<(string Category, string? Service, double Weight, bool Implied)> Topics = TopicCues.Build();

    private static readonly PhraseIndex<bool> Rooms = BuildRooms();

    /// <summary>"in our office", "au bureau": the word names the place, not the product of the same name.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "office" };

    private static readonly HashSet<string> PlaceBefore = new(StringComparer.Ordinal)
    {
        "our", "the", "my", "at", "in", "this", "whole", "entire", "same", "to", "from", "back", "head",
    };

    private static readonly HashSet<string> GenericDevices = new(StringComparer.Ordinal)
    {
        "pc", "computer", "laptop", "ordi", "ordinateur", "portable", "poste", "desktop", "workstation", "macbook", "mac",
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
        var placed = false;
        var spans = Longest(Topics.Spans(words));
        var rooms = Rooms.Spans(words);
        foreach (var ((category, cue, weight, cueImplied), start, length) in spans)
        {
            var (service, implied) = (cue, cueImplied);
            if (PartOfAnother(words, spans, start, length, category, service) || KindBesideProduct(words, spans, start)
                || GearOfARoom(words, rooms, start, length)
                || (PlaceWords.Contains(words[start]) && length == 1 && start > 0 && PlaceBefore.Contains(words[start - 1])))
            {
                continue;
            }

            // What is named first is what the sentence is about, even after "in" ("error in SAP"); a bare device
            // ("my pc can't see the wifi") or a weak word is often only where it happens, so it gets less of that.
            // A remedy already tried ("j'ai déjà redémarré le pc mais Excel plante") is never what the sentence is about.
            if (AfterRemedy(words, start) || Workaround(words, start, length))
            {
                Add(byCategory, services, category, implied && namedOnly ? null : service, weight * MentionedOnly);
                continue;
            }

            if ((service == TopicCues.AnyComputer || words[start] == "poste") && SharedOrPlaced(words, start, length))
            {
                // "the pc at the front desk", "le poste partagé": a computer shared or a place's is a desktop.
                placed = true;
                service ??= TopicCues.AnyComputer;
                implied = true;
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

        ResolveComputer(named, placed);
        if (named.Count == 0)
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

    /// <summary>
    /// What any computer does goes to the computer the sentence names: a desktop when it names one more than a laptop,
    /// or when the computer is shared or a place's; else a laptop, what most employees have.
    /// </summary>
    private static void ResolveComputer(Dictionary<string, double> named, bool placed)
    {
        if (!named.Remove(TopicCues.AnyComputer, out var score))
        {
            return;
        }

        var desktop = placed || named.GetValueOrDefault(ServiceIds.Desktop) > named.GetValueOrDefault(ServiceIds.Laptop);
        var kind = desktop ? ServiceIds.Desktop : ServiceIds.Laptop;
        named[kind] = named.GetValueOrDefault(kind) + score;
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
