using System.Collections.Frozen;
using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>One word of a text after analysis: the folded word as written (for typo matching) and its stem (what is indexed).</summary>
internal readonly record struct AnalyzedTerm(string Word, string Stem);

/// <summary>
/// Turns text into index terms for one language: fold case and accents, mark the local disk's letter ("C:", "disque C":
/// <see cref="DriveLetters"/>), split on anything but letters and digits,
/// join known phrases, replace synonyms, drop stop words and one-letter words, stem. Articles and queries go
/// through the same steps, so they meet. Immutable: safe to share between threads.
/// </summary>
internal sealed class TextAnalyzer
{
    private readonly FrozenSet<string> stopWords;
    private readonly FrozenDictionary<string, string[]> words;
    private readonly FrozenDictionary<string, (string[] Tokens, string[] Replacement)[]> phrases;
    private readonly Func<string, string> stem;

    public TextAnalyzer(string language)
    {
        Language = language;
        stopWords = StopWords.For(language);
        stem = language == "fr" ? FrenchStemmer.Stem : EnglishStemmer.Stem;
        words = ItLexicon.ReplacementsFor(language);
        phrases = ItLexicon.PhrasesFor(language)
            .Select(p => (Tokens: Tokenize(p.Phrase), Replacement: p.Replacement.Split(' ')))
            .GroupBy(p => p.Tokens[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Tokens.Length).ToArray());
    }

    public string Language { get; }

    public List<AnalyzedTerm> Analyze(string text)
    {
        var tokens = Tokenize(DriveLetters.Mark(TextFolding.Fold(text)));
        var result = new List<AnalyzedTerm>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var token in JoinPhrase(tokens, ref i))
            {
                foreach (var word in words.TryGetValue(token, out var replacement) ? replacement : [token])
                {
                    if ((word.Length >= 2 || char.IsAsciiDigit(word[0])) && !stopWords.Contains(word))
                    {
                        result.Add(new AnalyzedTerm(word, stem(word)));
                    }
                }
            }
        }

        return result;
    }

    public string Stem(string foldedWord) => stem(foldedWord);

    public bool IsStopWord(string foldedWord) => stopWords.Contains(foldedWord);

    private string[] JoinPhrase(string[] tokens, ref int index)
    {
        if (!phrases.TryGetValue(tokens[index], out var candidates))
        {
            return [tokens[index]];
        }

        foreach (var (phrase, replacement) in candidates)
        {
            if (index + phrase.Length <= tokens.Length && phrase.AsSpan().SequenceEqual(tokens.AsSpan(index, phrase.Length)))
            {
                index += phrase.Length - 1;
                return replacement;
            }
        }

        return [tokens[index]];
    }

    /// <summary>
    /// Splits folded text on anything that is not a letter or a digit (apostrophes too: "l'imprimante"); an underscore
    /// between two of them stays inside the word, so a stop code such as CRITICAL_PROCESS_DIED is one token.
    /// </summary>
    internal static string[] Tokenize(string folded)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i])
                || (folded[i] == '_' && start >= 0 && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }

        return [.. tokens];
    }
}
