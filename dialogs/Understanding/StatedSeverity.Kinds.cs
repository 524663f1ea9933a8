namespace ServiceDesk.Dialogs.Understanding;

// Impact and urgency by the kinds of words that state them, so a wording no phrase lists is read the same way: a group
// of people (StatedSeverity.Groups.cs), the people named (StatedSeverity.People.cs), urgency (StatedSeverity.Urgency.cs)
// and how the work stands (StatedSeverity.Blocked.cs); here the words and helpers they share. Every reader is narrow on
// purpose: a word it does not expect between the parts ends the reading, and the slot stays empty.
internal static partial class StatedSeverity
{
    private static readonly HashSet<string> Negators = Set(
        "not", "no", "non", "pas", "nothing", "rien", "aucun", "aucune", "sans", "isnt", "arent", "doesnt", "dont", "never", "nor",
        "cant", "cannot", "couldnt", "wont");

    /// <summary>
    /// Known to the spelling repair, so they are read as typed and typos of them are repaired to them. Plurals are left
    /// out: the repair already reads "offices" as "office", and an intent cue spelt in the singular keeps matching.
    /// </summary>
    private static IEnumerable<string> KindWords =>
        new[] { Quantifiers, Teams, Places, Only, UrgencyWords, NeedCues, MeetingCues, LaterWords, UseVerbs, Executives }.SelectMany(set => set)
            .Concat(ImpactCount.NumberWords);

    private static int PhraseAt(IReadOnlyList<string> words, int at, string[][] phrases)
    {
        var longest = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > longest && at + phrase.Length <= words.Count && phrase.Select((w, k) => words[at + k] == w).All(same => same))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    private static bool At(IReadOnlyList<string> words, int at, string word) => at < words.Count && words[at] == word;

    /// <summary>The words with the given spans blanked, so no phrase is read inside them.</summary>
    private static IReadOnlyList<string> Masked(IReadOnlyList<string> words, List<(int Start, int Length)> spans)
    {
        if (spans.Count == 0)
        {
            return words;
        }

        var masked = words.ToArray();
        foreach (var (start, length) in spans)
        {
            for (var k = start; k < start + length && k < masked.Length; k++)
            {
                masked[k] = string.Empty;
            }
        }

        return masked;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
