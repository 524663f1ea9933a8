using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>Phrases (folded word sequences) found in a message, each counted once, looked up by first word.</summary>
internal sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<(string[] Words, int Id, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
    private int _count;

    public IEnumerable<string> Words => _byFirstWord.Values.SelectMany(list => list).SelectMany(entry => entry.Words);

    public void Add(string phrase, T value)
    {
        var words = TextFolding.Words(phrase).ToArray();
        if (words.Length == 0)
        {
            throw new ArgumentException($"The cue \"{phrase}\" has no words.", nameof(phrase));
        }

        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
        }

        list.Add((words, _count++, value));
    }

    public List<T> Matches(IReadOnlyList<string> words)
    {
        var seen = new HashSet<int>();
        var found = new List<T>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, id, value) in candidates)
            {
                if (!seen.Contains(id) && WordPhrases.At(words, i, phrase))
                {
                    seen.Add(id);
                    found.Add(value);
                }
            }
        }

        return found;
    }

    /// <summary>Every phrase found with where it starts and how many words it has, in text order (a phrase may repeat).</summary>
    public List<(T Value, int Start, int Length)> Spans(IReadOnlyList<string> words)
    {
        var found = new List<(T, int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, _, value) in candidates)
            {
                if (WordPhrases.At(words, i, phrase))
                {
                    found.Add((value, i, phrase.Length));
                }
            }
        }

        return found;
    }
}
