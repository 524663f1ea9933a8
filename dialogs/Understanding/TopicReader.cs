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

    private static readonly PhraseIndex<(string Category, string? Service, double Weight)> Topics = TopicCues.Build();

    /// <summary>Words before a thing that make it a setting, not the subject ("in", "during", "pendant", "lors de").</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "in", "during", "while", "when", "into", "through", "via", "pendant", "dans", "lors", "durant", "avec", "with", "via",
        "from", "depuis", "using", "en", "after", "apres", "since",
    };

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
    };

    /// <summary>Prefixes of glued words in pasted logs ("vpnagent", "outlook.exe" is split already, "AADSTS50053").</summary>
    private static readonly (string Prefix, string Category, string? Service)[] Glued =
    [
        ("vpn", CategoryIds.NetworkVpn, ServiceIds.Vpn), ("aadsts", CategoryIds.AccountPassword, null), ("aadsts", CategoryIds.AccountPassword, null),
        ("outlook", CategoryIds.Email, ServiceIds.Outlook), ("onedrive", CategoryIds.Software, ServiceIds.OneDrive),
        ("sharepoint", CategoryIds.Software, ServiceIds.SharePoint), ("wifi", CategoryIds.NetworkVpn, ServiceIds.WiFi),
    ];

    public static IEnumerable<string> Words => Topics.Words;

    public static (string? Category, string? Service) Read(IReadOnlyList<string> words)
    {
        var byCategory = new Dictionary<string, double>(StringComparer.Ordinal);
        var services = new Dictionary<string, (string Service, double Weight)>(StringComparer.Ordinal);
        var first = true;
        foreach (var ((category, service, weight), start, length) in Topics.Spans(words))
        {
            // What is named first is what the sentence is about, even after "in" ("error in SAP"); a bare device
            // ("my pc can't see the wifi") or a weak word is often only where it happens, so it gets less of that.
            var factor = !first ? (IsSetting(words, start) ? MentionedOnly : 1)
                : GenericDevices.Contains(words[start]) ? 1
                : weight >= 3 ? FirstNamed : WeakFirstNamed;
            first = false;

            if (SaidToWork(words, start + length))
            {
                factor = WorkingFactor;
            }

            Add(byCategory, services, category, service, weight * factor);
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

        return (chosen, services.TryGetValue(chosen!, out var named) ? named.Service : null);
    }

    private static void Add(Dictionary<string, double> byCategory, Dictionary<string, (string Service, double Weight)> services, string category, string? service, double weight)
    {
        byCategory[category] = byCategory.GetValueOrDefault(category) + weight;
        if (service is not null && (!services.TryGetValue(category, out var known) || known.Weight < weight))
        {
            services[category] = (service, weight);
        }
    }

    /// <summary>"in a Teams meeting", "pendant les réunions Teams": a setting word one to three words before.</summary>
    private static bool IsSetting(IReadOnlyList<string> words, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (Settings.Contains(words[k]))
            {
                return true;
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
