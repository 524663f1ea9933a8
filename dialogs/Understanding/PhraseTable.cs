using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Phrases (folded word sequences) with a value, read left to right taking the longest phrase at each place, so a
/// longer phrase hides the shorter ones inside it ("not urgent" hides "urgent"). The longest phrase found wins.
/// </summary>
internal sealed class PhraseTable<T>
    where T : struct
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public IEnumerable<string> Words => _byFirstWord.Values.SelectMany(list => list).SelectMany(entry => entry.Words);

    public void Add(T value, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var words = TextFolding.Words(phrase).ToArray();
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words, value));
        }
    }

    /// <summary>The value of the longest phrase in <paramref name="words"/>, the first one on a tie; null when none is there.</summary>
    public T? Longest(IReadOnlyList<string> words) => LongestWithLength(words).Value;

    /// <summary>As <see cref="Longest"/>, with the number of words of the phrase found (0 when none).</summary>
    public (T? Value, int Length) LongestWithLength(IReadOnlyList<string> words)
    {
        T? best = null;
        var bestLength = 0;
        for (var i = 0; i < words.Count;)
        {
            var length = 0;
            T value = default;
            if (_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                foreach (var (phrase, candidate) in candidates)
                {
                    if (phrase.Length > length && WordPhrases.At(words, i, phrase))
                    {
                        (length, value) = (phrase.Length, candidate);
                    }
                }
            }

            if (length > bestLength)
            {
                (best, bestLength) = (value, length);
            }

            i += Math.Max(1, length);
        }

        return (best, bestLength);
    }

    /// <summary>The number of words of the longest phrase starting at <paramref name="at"/> (0 when none).</summary>
    public int LengthAt(IReadOnlyList<string> words, int at)
    {
        var length = 0;
        if (_byFirstWord.TryGetValue(words[at], out var candidates))
        {
            foreach (var (phrase, _) in candidates)
            {
                if (phrase.Length > length && WordPhrases.At(words, at, phrase))
                {
                    length = phrase.Length;
                }
            }
        }

        return length;
    }

    /// <summary>The value of the longest phrase starting at <paramref name="at"/> (default when none).</summary>
    public T ValueAt(IReadOnlyList<string> words, int at)
    {
        var (length, value) = (0, default(T));
        if (_byFirstWord.TryGetValue(words[at], out var candidates))
        {
            foreach (var (phrase, candidate) in candidates)
            {
                if (phrase.Length > length && WordPhrases.At(words, at, phrase))
                {
                    (length, value) = (phrase.Length, candidate);
                }
            }
        }

        return value;
    }
}
