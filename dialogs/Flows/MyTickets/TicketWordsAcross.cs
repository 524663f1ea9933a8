using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Flows.MyTickets;

/// <summary>
/// The same symptom or thing in the other language, folded: a follow-up in French about a ticket written in English
/// ("mon souci de lenteur au démarrage" for "Laptop takes 10 minutes to start") or the other way round. The words are
/// the IT lexicon's (<see cref="ItLexicon"/>), shared with the knowledge search; products have one name in both
/// languages and need no entry.
/// </summary>
internal static class TicketWordsAcross
{
    /// <summary>A word met through its translation counts a little less than the same word.</summary>
    public const double Weight = 0.9;

    /// <summary>
    /// Ways employees say a ticket's symptom in other words, either language, folded: "my slow boot" or "takes forever"
    /// for "Laptop takes 10 minutes to start", "keeps cutting out" for "VPN disconnects", "prompt" for "keeps asking".
    /// Kept here, not in the lexicon the knowledge search reads: they are near enough to find one's own ticket, not to
    /// read one word as another in an article.
    /// </summary>
    private static readonly string[][] Alike =
    [
        ["start", "starts", "starting", "startup", "boot", "boots", "booting", "demarrage", "demarrer", "demarre", "allumer", "allume"],
        ["slow", "forever", "ages", "sluggish", "laggy", "lent", "lente", "lenteur", "rame", "eternite"],
        ["disconnects", "disconnect", "disconnecting", "disconnected", "disconnection", "drops", "dropping", "dropped", "cuts",
            "cutting", "coupe", "coupure", "coupures", "deconnecte", "deconnexion", "decroche", "lache", "lachee"],
        ["flickers", "flicker", "flickering", "blinks", "blinking", "clignote", "scintille", "clignotement"],
        ["asks", "asking", "prompt", "prompts", "prompting", "popup", "nagging", "nags", "demande", "redemande", "reclame", "reclamer", "exige"],
        ["password", "passwords", "credentials", "creds", "mdp", "passe", "motdepasse", "identifiants", "identifiant"],
        ["jam", "jams", "jammed", "jamming", "stuck", "bourre", "bourrage", "bourrages", "coince", "coincee", "coincees"],
        ["sound", "audio", "hear", "hears", "son", "entend", "entendent", "micro", "microphone"],
        ["blank", "empty", "white", "blanc", "blanche", "blanches", "vide", "vides"],
        ["screen", "monitor", "display", "ecran", "moniteur"],
    ];

    private static readonly Dictionary<string, string[]> AlikeByWord = Alike
        .SelectMany(group => group.Select(word => (Word: word, Group: group)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Group).Where(w => w != g.Key).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The word's equivalents in the other language and its near synonyms in either (none when it has no entry).</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        var across = ItLexicon.OtherLanguage(word);
        if (AlikeByWord.TryGetValue(word, out var alike))
        {
            return [.. across, .. alike];
        }

        // A plural the entries do not list ("deconnexions", "coupures"): the singular's.
        return across.Count == 0 && Singular(word) is { } one && one != word ? Of(one) : across;
    }

    private static string? Singular(string word) =>
        word.Length > 5 && (word.EndsWith('s') || word.EndsWith('x')) ? word[..^1] : null;
}
