using System.Collections.Frozen;

namespace ServiceDesk.Dialogs.Text;

/// <summary>
/// The IT words employees use, in English and French, as groups of words that say the same thing (folded: lower case,
/// no accents), shared by the knowledge search (a word read as the word the articles use, and the other language's
/// words of a question) and the matching of a follow-up to a ticket (a French sentence about a ticket written in
/// English). One group a line, parsed once:
/// <list type="bullet">
/// <item><c>english words | french words</c>: the same thing in both languages. The first word of each side is the one
/// the search indexes in that language (several words joined by <c>+</c>: "portable+ordinateur"); every other word of
/// the group, of either side, is read as it.</item>
/// <item><c>english words &gt; french word</c>: English words read as the French word only (in a French sentence or
/// article); <c>english word &lt; french words</c>: the other way round. For a word that means something else in the
/// other language ("file" is a queue in French) or only in one direction.</item>
/// <item><c>~ english words | french words</c>: related words, not the same word ("flickers", "scintille"): never
/// replaced; they meet across languages in a follow-up, and the search adds them to a question at a lower weight.</item>
/// </list>
/// Small on purpose: each entry is a guess about how people type.
/// </summary>
public static partial class ItLexicon
{
    private static readonly Group[] Parsed = [.. Lines.Select(Group.Parse)];

    private static readonly FrozenDictionary<string, string[]> English = Replacements(Side.English);
    private static readonly FrozenDictionary<string, string[]> French = Replacements(Side.French);

    private static readonly FrozenDictionary<string, string[]> Across = Parsed
        .SelectMany(g => g.EnglishWords.SelectMany(en => g.FrenchWords.Select(fr => (en, fr))))
        .SelectMany(p => new[] { (From: p.en, To: p.fr), (From: p.fr, To: p.en) })
        .Where(p => p.From != p.To)
        .GroupBy(p => p.From, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.To).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]> Related = Parsed
        .Where(g => g.Loose)
        .SelectMany(g => g.Words.Select(w => (Word: w, Group: g)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(
            x => x.Key, x => x.SelectMany(p => p.Group.Words).Where(w => w != x.Key).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private enum Side
    {
        English,
        French,
    }

    /// <summary>
    /// The words read as another in <paramref name="language"/> ("en" or "fr"), folded, with what they are read as (one or
    /// more words). The first group that holds a word decides.
    /// </summary>
    public static FrozenDictionary<string, string[]> ReplacementsFor(string language) => language == "fr" ? French : English;

    /// <summary>The phrases joined into one word before anything else, folded ("wi fi" → "wifi", "mot de passe" → "motdepasse").</summary>
    public static IReadOnlyList<(string Phrase, string Replacement)> PhrasesFor(string language) =>
        language == "fr" ? [.. FrenchPhrases, .. SharedPhrases] : SharedPhrases;

    /// <summary>The word's equivalents in the other language, folded (none when no group holds it).</summary>
    public static IReadOnlyList<string> OtherLanguage(string word) => Across.TryGetValue(word, out var other) ? other : [];

    /// <summary>The words said about the same thing as this one, in either language, that are not the same word.</summary>
    public static IReadOnlyList<string> RelatedTo(string word) => Related.TryGetValue(word, out var related) ? related : [];

    private static FrozenDictionary<string, string[]> Replacements(Side side)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Parsed.Where(g => !g.Loose))
        {
            var (canonical, readHere) = side == Side.English
                ? (group.English.FirstOrDefault(), group.Arrow != '>')
                : (group.French.FirstOrDefault(), group.Arrow != '<');
            if (canonical is null || !readHere)
            {
                continue;
            }

            var replacement = canonical.Split('+');
            foreach (var word in group.English.Concat(group.French).Where(w => !w.Contains('+', StringComparison.Ordinal)))
            {
                if (!(replacement is [var only] && only == word))
                {
                    map.TryAdd(word, replacement);
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Group(string[] English, string[] French, char Arrow, bool Loose)
    {
        public IEnumerable<string> EnglishWords => English.SelectMany(w => w.Split('+')).Distinct(StringComparer.Ordinal);

        public IEnumerable<string> FrenchWords => French.SelectMany(w => w.Split('+')).Distinct(StringComparer.Ordinal);

        public IEnumerable<string> Words => EnglishWords.Concat(FrenchWords).Distinct(StringComparer.Ordinal);

        public static Group Parse(string line)
        {
            var loose = line.StartsWith('~');
            var body = loose ? line[1..] : line;
            var at = body.IndexOfAny(['|', '<', '>']);
            if (at < 0)
            {
                throw new InvalidOperationException("A lexicon line needs |, < or >: " + line);
            }

            static string[] Split(string side) => side.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new Group(Split(body[..at]), Split(body[(at + 1)..]), body[at], loose);
        }
    }
}
