namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// Letters typed by hitting keys rather than writing a word ("asdfgh", "qsdfqsdf", "jjjjj", "lkjlkj"): such a token
/// carries no evidence of what the message is about. Read from the token's own shape, in either language: one letter
/// held down, a short chunk typed again and again, five letters or more without a vowel or with a run of five
/// consonants, or a stretch of one keyboard row (QWERTY or AZERTY) with at most one vowel. The recogniser asks this only
/// of a word it does not know and cannot repair into one it knows, so "sftp", "https", "rhythm" or a typo of a cue word
/// are never mashing; and a message is noise only when every word is (<see cref="KeywordIntentRecognizer"/>).
/// </summary>
internal static class KeyMashing
{
    private static readonly string[] Rows =
    [
        "qwertyuiop", "asdfghjkl", "zxcvbnm", // QWERTY
        "azertyuiop", "qsdfghjklm", "wxcvbn", // AZERTY
    ];

    /// <summary>Folded, lower-case letters only (digits, accents and other scripts are never read as mashing).</summary>
    public static bool IsMashed(string word)
    {
        if (word.Length < 3 || !word.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        // "jjjjj", "zzz": one letter held down.
        if (word.All(c => c == word[0]))
        {
            return true;
        }

        if (word.Length < 4)
        {
            return false;
        }

        // "lkjlkj", "qsdfqsdf", "azeaze": a chunk of two to four letters typed again, at least twice.
        for (var period = 2; period <= 4 && period * 2 <= word.Length; period++)
        {
            if (Repeats(word, period))
            {
                return true;
            }
        }

        if (word.Length < 5)
        {
            return false;
        }

        var vowels = word.Count(IsVowel);
        if (vowels == 0 || LongestConsonantRun(word) >= 5)
        {
            return true;
        }

        // "asdfgh", "zxcvb", "poiuy": one row of the keyboard swept, with hardly a vowel ("router", "power" have two).
        return vowels <= 1 && Rows.Any(row => word.All(c => row.Contains(c, StringComparison.Ordinal)));
    }

    private static bool Repeats(string word, int period)
    {
        for (var i = period; i < word.Length; i++)
        {
            if (word[i] != word[i - period])
            {
                return false;
            }
        }

        // A chunk of one letter is "held down", read above; "abab" needs two different letters.
        return word[0] != word[1] || period > 2;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static int LongestConsonantRun(string word)
    {
        int longest = 0, run = 0;
        foreach (var c in word)
        {
            run = IsVowel(c) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
