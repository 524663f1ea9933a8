namespace ServiceDesk.Dialogs.Text;

/// <summary>Finding a phrase of folded words in a message's folded words: the one search the shape readers share.</summary>
internal static class WordPhrases
{
    /// <summary>Where the phrase starts at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> words, string[] phrase, int from = 0)
    {
        for (var i = from; i + phrase.Length <= words.Count; i++)
        {
            if (At(words, i, phrase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the phrase stands at <paramref name="start"/> (false when it would run past the end).</summary>
    public static bool At(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
