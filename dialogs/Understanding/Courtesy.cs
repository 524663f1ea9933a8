namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// A message that only thanks ("thanks a lot", "merci beaucoup !", "cheers mate", "super merci"): a word of thanks and
/// nothing but the words that go with one. Read on the folded words; "thanks, my vpn works now" says more and is not one.
/// </summary>
internal static class Courtesy
{
    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "thx", "thnx", "ty", "ta", "cheers", "merci", "mercii", "merciii", "appreciated", "appreciate", "remercie",
    };

    private static readonly HashSet<string> Beside = new(StringComparer.Ordinal)
    {
        "you", "u", "very", "much", "so", "a", "lot", "lots", "many", "again", "for", "that", "this", "it", "all",
        "the", "help", "mate", "guys", "team", "bot", "really", "great", "super", "perfect", "awesome", "ok", "okay",
        "cool", "nice", "beaucoup", "bcp", "bien", "infiniment", "mille", "fois", "encore", "pour", "tout", "ca",
        "votre", "ton", "aide", "vous", "te", "je", "parfait", "top", "nickel", "genial", "d", "accord", "daccord",
        "bonne", "journee", "soiree", "have", "day", "good", "one", "l", "apprecie",
    };

    public static bool OnlyThanks(IReadOnlyList<string> words)
    {
        var thanked = false;
        foreach (var word in words)
        {
            if (Thanks.Contains(word))
            {
                thanked = true;
            }
            else if (!Beside.Contains(word))
            {
                return false;
            }
        }

        return thanked;
    }
}
