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

    /// <summary>The word's equivalents in the other language (none when it has no entry).</summary>
    public static IReadOnlyList<string> Of(string word) => ItLexicon.OtherLanguage(word);
}
