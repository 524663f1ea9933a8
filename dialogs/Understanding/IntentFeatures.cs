namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The learned classifier's view of a message: hashed features of its folded words. Each word counts whole, each pair
/// of neighbouring words (the first one also paired with the start) and each run of 3 to 5 characters inside a word
/// ("&lt;imprimante&gt;" gives "&lt;im", "imp", ..., "nte&gt;"), so a typo or a missing accent still shares most of its
/// features with the word as it was written in training. Nothing is allocated: the features go into the caller's span.
/// </summary>
internal static class IntentFeatures
{
    /// <summary>2^16 buckets: a few collisions among the ~60,000 distinct features of the training lines, 3 MB of weights.</summary>
    public const int Bits = 16;

    public const int Buckets = 1 << Bits;

    /// <summary>Whole words seen in training are remembered apart, in 2^20 bits (128 KB): few collisions among ~8,000 words.</summary>
    public const int WordBuckets = 1 << 20;

    /// <summary>A long pasted text stops adding features here: its beginning says what it is about.</summary>
    public const int MaxFeatures = 1_024;

    /// <summary>Past this a "word" is a hash, a path or a log line: only its first characters give n-grams.</summary>
    private const int MaxGramWordLength = 24;

    private const uint WordSeed = 2166136261;
    private const uint PairSeed = 374761393;
    private const uint GramSeed = 668265263;
    private const uint Prime = 16777619;

    /// <summary>
    /// Words that deny or say something no longer happens, in both languages as folded ("n'arrive" is "n arrive"): one
    /// feature for all of them, so "je peux plus", "can't", "ne marche" share something whatever the verb.
    /// </summary>
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "cant", "cannot", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "havent", "never", "nothing",
        "pas", "plus", "ne", "n", "jamais", "rien", "aucun", "aucune", "impossible",
    };

    /// <summary>Features of the message's shape beyond its words: asked (a question mark), and denied (a negator).</summary>
    private static readonly int AskedFeature = Bucket(HashWord("\u0001asked"));

    private static readonly int NegatedFeature = Bucket(HashWord("\u0001negated"));

    /// <summary>Writes the distinct features of <paramref name="words"/> into <paramref name="buffer"/>, sorted; returns how many.</summary>
    /// <param name="words">The folded words.</param>
    /// <param name="buffer">Where the features go.</param>
    /// <param name="asked">The text had a question mark (folding drops it): "is teams down?" is asked, "teams down" stated.</param>
    public static int Extract(IReadOnlyList<string> words, Span<int> buffer, bool asked = false)
    {
        var count = 0;
        if (words.Count > 0 && asked)
        {
            Add(buffer, ref count, AskedFeature);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (Negators.Contains(words[i]))
            {
                Add(buffer, ref count, NegatedFeature);
                break;
            }
        }

        var previous = Mix(WordSeed, '^');
        for (var i = 0; i < words.Count && count < buffer.Length; i++)
        {
            var word = words[i];
            var whole = HashWord(word);
            Add(buffer, ref count, Bucket(whole));
            Add(buffer, ref count, Bucket((previous * Prime) ^ whole ^ PairSeed));
            previous = whole;
            AddGrams(word, buffer, ref count);
        }

        if (count == 0)
        {
            return 0;
        }

        var features = buffer[..count];
        features.Sort();
        var distinct = 1;
        for (var i = 1; i < count; i++)
        {
            if (features[i] != features[distinct - 1])
            {
                features[distinct++] = features[i];
            }
        }

        return distinct;
    }

    private static void AddGrams(string word, Span<int> buffer, ref int count)
    {
        // The word between "<" and ">" so that its start and end are grams of their own.
        var length = Math.Min(word.Length, MaxGramWordLength) + 2;
        for (var n = 3; n <= 5; n++)
        {
            for (var start = 0; start + n <= length && count < buffer.Length; start++)
            {
                var hash = GramSeed + (uint)n;
                for (var j = start; j < start + n; j++)
                {
                    hash = Mix(hash, j == 0 ? '<' : j == length - 1 ? '>' : word[j - 1]);
                }

                Add(buffer, ref count, Bucket(hash));
            }
        }
    }

    /// <summary>The word's place among <see cref="WordBuckets"/>.</summary>
    public static int WordBucket(string word)
    {
        var hash = HashWord(word);
        hash ^= hash >> 16;
        hash *= 2246822519;
        hash ^= hash >> 13;
        return (int)(hash & (WordBuckets - 1));
    }

    private static uint HashWord(string word)
    {
        var hash = WordSeed;
        foreach (var c in word)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static uint Mix(uint hash, char c) => (hash ^ c) * Prime;

    private static int Bucket(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 2246822519;
        hash ^= hash >> 13;
        return (int)(hash & (Buckets - 1));
    }

    private static void Add(Span<int> buffer, ref int count, int feature)
    {
        if (count < buffer.Length)
        {
            buffer[count++] = feature;
        }
    }
}
