namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Matches a typed answer to a step's options by meaning, in English and French, without any AI service. In order:
/// a label or synonym typed as it is (confidence 1); a place ("2", "#3", "the second one", "le premier"); then the
/// words of every label and synonym, typos and accents forgiven, each word weighed by how few options use it, so
/// "it's only me i guess" is "Just me" and "je peux plus rien faire" is "Tout mon travail est bloqué". A negation just
/// before the matched words ("not just me") counts against the option. Build one per set of options (it precomputes
/// its indexes) and share it: <see cref="Match"/> is thread-safe and allocates only the folded words.
/// </summary>
internal sealed partial class ChoiceMatcher
{
    /// <summary>Below this, the answer names no option.</summary>
    internal const double MinScore = 0.5;

    /// <summary>Below <see cref="MinScore"/> but from this, the option is a weak lead (see <see cref="ChoiceMatch.Candidates"/>).</summary>
    internal const double WeakLead = 0.3;

    /// <summary>Options within this of the best one are too close to pick between.</summary>
    internal const double AmbiguityMargin = 0.15;

    /// <summary>
    /// An answer of this many content words of which one only is an option's ("The VPN drops every ten minutes") is a
    /// sentence about something else that happens to contain the word: it is not taken as that option.
    /// </summary>
    private const int SentenceWords = 5;

    private const double CoincidenceFactor = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "i", "im", "it", "its", "is", "a", "an", "the", "to", "of", "and", "so", "well", "guess", "think", "probably", "maybe",
        "really", "um", "uh", "hmm", "please", "pls", "thanks", "be", "would", "say", "id", "like", "that", "this", "actually",
        "je", "j", "ne", "n", "le", "la", "les", "l", "de", "du", "des", "d", "c", "est", "ca", "un", "une", "et", "euh", "ben",
        "bah", "alors", "disons", "svp", "stp", "merci", "dirais", "pense", "crois", "vraiment", "en", "fait",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "dont", "isnt", "arent", "cant", "cannot", "pas", "jamais", "non",
    };

    private readonly ChoiceOption[] _options;
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Phrase[][] _phrases;

    public ChoiceMatcher(IReadOnlyList<ChoiceOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = [.. options];
        var words = new List<string[]>[_options.Length];
        var optionsUsing = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var o = 0; o < _options.Length; o++)
        {
            words[o] = [];
            foreach (var phrase in _options[o].Labels.Concat(_options[o].Synonyms))
            {
                var folded = TextFolding.Words(phrase);
                AddExact(string.Join(' ', folded), o);
                var content = folded.Where(w => !StopWords.Contains(w)).ToArray();
                if (content.Length == 0)
                {
                    continue;
                }

                words[o].Add(content);
                foreach (var word in content)
                {
                    (optionsUsing.TryGetValue(word, out var set) ? set : optionsUsing[word] = []).Add(o);
                }
            }
        }

        _phrases = [.. words.Select(list => list.Select(content => new Phrase(
            content, [.. content.Select(w => 1.0 / optionsUsing[w].Count)], content.Any(Negators.Contains))).ToArray())];
    }

    /// <summary>The options, in the order they were given (the order their numbers refer to).</summary>
    public IReadOnlyList<ChoiceOption> Options => _options;

    /// <summary>The option <paramref name="typed"/> names, ambiguous candidates, or none. Never throws for odd text.</summary>
    public ChoiceMatch Match(string? typed)
    {
        var words = TextFolding.Words(typed);
        if (words.Count == 0)
        {
            return ChoiceMatch.Nothing;
        }

        if (_exact.TryGetValue(string.Join(' ', words), out var exact))
        {
            return exact >= 0 ? Picked(exact, 1) : ChoiceMatch.Nothing;
        }

        if (ChoiceOrdinals.IndexOf(words, _options.Length) is var place and >= 0)
        {
            return Picked(place, 1);
        }

        // "pas urgent du tout", "not a problem at all": after a negation, "du tout" and "at all" only make it stronger;
        // their "tout" and "all" name no option ("Tout est bloqué", "All of my work").
        words = WithoutIntensifiers(words);
        Span<double> scores = _options.Length <= 32 ? stackalloc double[_options.Length] : new double[_options.Length];
        for (var o = 0; o < _options.Length; o++)
        {
            scores[o] = Score(words, _phrases[o]);
        }

        return Decide(scores);
    }

    private ChoiceMatch Decide(ReadOnlySpan<double> scores)
    {
        int best = -1, second = -1;
        for (var o = 0; o < scores.Length; o++)
        {
            if (best < 0 || scores[o] > scores[best])
            {
                (second, best) = (best, o);
            }
            else if (second < 0 || scores[o] > scores[second])
            {
                second = o;
            }
        }

        if (best < 0 || scores[best] < WeakLead)
        {
            return ChoiceMatch.Nothing;
        }

        if (scores[best] < MinScore)
        {
            return new ChoiceMatch(ChoiceOutcome.None, null, Math.Round(scores[best], 2), [_options[best].Value]);
        }

        if (second < 0 || scores[second] < scores[best] - AmbiguityMargin)
        {
            return Picked(best, Math.Round(Math.Min(0.99, scores[best]), 2));
        }

        var close = new List<(string Value, double Score)>();
        for (var o = 0; o < scores.Length; o++)
        {
            if (scores[o] >= scores[best] - AmbiguityMargin)
            {
                close.Add((_options[o].Value, scores[o]));
            }
        }

        close.Sort((a, b) => b.Score.CompareTo(a.Score));
        return new ChoiceMatch(ChoiceOutcome.Ambiguous, null, Math.Round(scores[best], 2), close.ConvertAll(c => c.Value));
    }

    /// <summary>The best phrase's share of words found, times how much of the answer the option explains.</summary>
    private static double Score(List<string> typed, Phrase[] phrases)
    {
        var best = 0.0;
        var explained = 0;
        var content = 0;
        for (var t = 0; t < typed.Count; t++)
        {
            if (StopWords.Contains(typed[t]))
            {
                continue;
            }

            content++;
            if (Explains(typed[t], phrases))
            {
                explained++;
            }
        }

        foreach (var phrase in phrases)
        {
            double found = 0, total = 0;
            var count = 0;
            var negatedBefore = false;
            for (var k = 0; k < phrase.Words.Length; k++)
            {
                total += phrase.Weights[k];
                var at = Find(typed, phrase.Words[k]);
                if (at >= 0)
                {
                    found += phrase.Weights[k];
                    count++;
                    negatedBefore |= !phrase.HasNegation && Negated(typed, at);
                }
            }

            // Half the share of its words, half the share of their weight: a word only this option uses counts more.
            var score = (0.5 * count / phrase.Words.Length) + (0.5 * found / total);
            best = Math.Max(best, negatedBefore ? score * 0.4 : score);
        }

        if (content == 0)
        {
            return 0;
        }

        var share = best * (0.7 + (0.3 * explained / content));
        return content >= SentenceWords && explained <= 1 ? share * CoincidenceFactor : share;
    }

    private ChoiceMatch Picked(int option, double confidence) =>
        new(ChoiceOutcome.Matched, _options[option].Value, confidence, []);

    private void AddExact(string folded, int option)
    {
        if (folded.Length == 0)
        {
            return;
        }

        // The same words for two options point to neither.
        _exact[folded] = _exact.TryGetValue(folded, out var other) && other != option ? -1 : option;
    }

    private sealed record Phrase(string[] Words, double[] Weights, bool HasNegation);
}
