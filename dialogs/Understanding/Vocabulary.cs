using ServiceDesk.Dialogs.Text;
namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Spelling repair against the words the recogniser listens for: a word it does not know is replaced by
/// the closest cue word, one typo away for words of 5 letters or more, two for 9 or more. Common words of
/// both languages are known as they are, so "there" never becomes "where".
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxRemembered = 20_000;

    private readonly HashSet<string> _known;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _repaired = new(StringComparer.Ordinal);
    private readonly string[][] _cueWordsByLength;

    public Vocabulary(IEnumerable<string> cueWords, IEnumerable<string> commonWords)
    {
        var candidates = cueWords.Distinct(StringComparer.Ordinal).Where(w => w.Length >= 4).ToList();
        _cueWordsByLength = new string[candidates.Select(w => w.Length).DefaultIfEmpty(0).Max() + 1][];
        for (var length = 0; length < _cueWordsByLength.Length; length++)
        {
            _cueWordsByLength[length] = candidates.Where(w => w.Length == length).ToArray();
        }

        _known = new HashSet<string>(cueWords, StringComparer.Ordinal);
        _known.UnionWith(commonWords);
    }

    /// <summary>A cue word or a common word, as it is.</summary>
    public bool Knows(string word) => _known.Contains(word);

    public static int AllowedTypos(int length) => length >= 9 ? 2 : length >= 5 ? 1 : 0;

    public string Repair(string word)
    {
        if (_known.Contains(word) || word.Any(char.IsAsciiDigit))
        {
            return word;
        }

        if (_repaired.TryGetValue(word, out var known))
        {
            return known;
        }

        var repaired = Closest(word);
        // People reuse their words: remembered up to a bound, so a pasted text of new words cannot grow it for ever.
        if (_repaired.Count < MaxRemembered)
        {
            _repaired.TryAdd(word, repaired);
        }

        return repaired;
    }

    /// <summary>
    /// A word of four letters typed alone ("hlep", "helo", "mneu"): too short for <see cref="Repair"/>'s typos, but alone it
    /// is a command or a greeting. Repaired only by the typos that keep every letter typed (two neighbours swapped, one
    /// letter missing or doubled), and only when exactly one cue word is that close: "helo" is "hello", never "help".
    /// </summary>
    public string RepairAlone(string word)
    {
        if (word.Length != 4 || _known.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        string? found = null;
        for (var length = 3; length <= Math.Min(5, _cueWordsByLength.Length - 1); length++)
        {
            foreach (var candidate in _cueWordsByLength[length])
            {
                var close = length == word.Length
                    ? EditDistance.Bounded(word, candidate, 1) == 1 && SameLetters(word, candidate)
                    : EditDistance.Bounded(word, candidate, 1) == 1;
                if (close)
                {
                    if (found is not null && found != candidate)
                    {
                        return word;
                    }

                    found = candidate;
                }
            }
        }

        return found ?? word;
    }

    private static bool SameLetters(string a, string b)
    {
        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.AsSpan().CopyTo(x);
        b.AsSpan().CopyTo(y);
        x.Sort();
        y.Sort();
        return x.SequenceEqual(y);
    }

    private string Closest(string word)
    {
        // Plurals the cue list does not spell out: "imprimantes", "printers".
        if (word.Length > 4 && word[^1] is 's' or 'x' && _known.Contains(word[..^1]))
        {
            return word[..^1];
        }

        var max = AllowedTypos(word.Length);
        if (max == 0)
        {
            return word;
        }

        string? best = null;
        var bestDistance = max + 1;
        var shortest = Math.Max(0, word.Length - max);
        var longest = Math.Min(_cueWordsByLength.Length - 1, word.Length + max);
        if (shortest > longest)
        {
            return word;
        }

        foreach (var candidate in _cueWordsByLength[shortest..(longest + 1)].SelectMany(bucket => bucket))
        {
            if (!SameStart(word, candidate))
            {
                continue;
            }

            var distance = EditDistance.Bounded(word, candidate, max);
            // On a tie, a candidate with the same first letter is the likelier typo.
            if (distance < bestDistance || (distance == bestDistance && best is not null && best[0] != word[0] && candidate[0] == word[0]))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best ?? word;
    }

    /// <summary>People rarely miss both of the first two letters: a cheap filter before the distance.</summary>
    private static bool SameStart(string word, string candidate) =>
        word[0] == candidate[0] || word[1] == candidate[1] || (word[0] == candidate[1] && word[1] == candidate[0]);
}
