using System.Text.RegularExpressions;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// What a pasted detail adds to a question without saying what it is about: addresses, paths, ids, times. Such parts
/// are removed before searching, and an unknown word that looks like a code is not counted against the answer, so
/// "outlook not syncing, error 0x800CCC0E at 10:42" finds what "outlook not syncing" finds. A code an article
/// mentions is a known word and still helps.
/// </summary>
internal static partial class QueryNoise
{
    public const int MaxWordLength = 18;

    public static string Strip(string query) => Detail().Replace(query, " ");

    /// <summary>
    /// The question without what it quotes, and what it quotes: a message in quotes ("your account has been locked",
    /// « accès refusé ») is usually pasted from the screen. Its words help when an article uses them, but a quoted word
    /// no article knows says nothing against the answer.
    /// </summary>
    public static (string Own, string Quoted) SplitQuotes(string query)
    {
        var quoted = string.Join(' ', Quote().Matches(query).Select(m => m.Value));
        return (Quote().Replace(query, " "), quoted);
    }

    /// <summary>A word the index does not know that is a code rather than a word: it has a digit or an underscore, or is very long.</summary>
    public static bool IsCode(string word) =>
        word.Length > MaxWordLength || word.Any(c => char.IsAsciiDigit(c) || c == '_');

    /// <summary>
    /// A word that reads as an error or stop code ("691", "0x80070005", "CRITICAL_PROCESS_DIED", "e-404"): three characters
    /// or more with a digit or an underscore, and not an ordinal ("3rd", "2e", "1er") or a plain count of one or two digits.
    /// </summary>
    public static bool IsErrorCode(string word) =>
        word.Length >= 3 && (word.Contains('_', StringComparison.Ordinal) || (word.Any(char.IsAsciiDigit) && !Ordinal().IsMatch(word)));

    [GeneratedRegex("^[0-9]+(st|nd|rd|th|e|er|eme|ere|ieme)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    // Text between double quotes (straight, curly or French), at most a long line.
    [GeneratedRegex(@"""[^""\n]{1,300}""|“[^”\n]{1,300}”|«[^»\n]{1,300}»", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    // URLs, e-mail addresses, UNC and drive paths, Unix paths of two parts or more, file names with an extension,
    // GUIDs, times and dates, and numbers of one or two digits ("floor 3", "laptop 3-8"): articles are full of small
    // counts ("8 characters", "step 3"), so a small number in a question matched them by chance and changed the answer.
    [GeneratedRegex(
        @"https?://\S+|\S+@\S+\.\S+|\b[\w-]+\.(?:exe|dll|sys|msi|log|txt|ini|cfg|json|xml|ps1|bat|cmd|ost|pst)\b|\\\\\S+|\b[A-Za-z]:\\\S*|(?<!\w)/[\w.-]+/[\w./-]+|\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b\d{1,2}:\d{2}(:\d{2})?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Detail();
}
