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
        ["disconnects", "disconnect", "disconnecting", "drops", "dropping", "cuts", "cutting", "coupe", "coupure", "coupures", "deconnecte", "decroche"],
        ["flickers", "flicker", "flickering", "blinks", "blinking", "clignote", "scintille", "clignotement"],
        ["asks", "asking", "prompt", "prompts", "popup", "demande", "redemande", "mdp"],
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
        return AlikeByWord.TryGetValue(word, out var alike) ? [.. across, .. alike] : across;
    }
}
