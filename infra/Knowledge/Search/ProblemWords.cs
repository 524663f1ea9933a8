using System.Collections.Frozen;
using ServiceDesk.Infra.Knowledge.Text;

namespace ServiceDesk.Infra.Knowledge.Search;

/// <summary>
/// Whether a text says something is wrong ("vpn won't connect", "le vpn ne marche pas") or asks how to do it ("how do I
/// connect to the vpn"): the words that tell the two apart are stop words to the search, so two articles on one topic
/// (connect to the VPN, the VPN will not connect) score alike on the topic's words. An article's shape is the share of
/// the questions it answered that say something is wrong; a question of the other shape takes a little off its score.
/// </summary>
internal static class ProblemWords
{
    /// <summary>The most a question of the other shape takes off an article's score: enough to part a tie, no more.</summary>
    public const double Weight = 0.02;

    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "not", "no", "cant", "cannot", "can", "wont", "doesnt", "dont", "isnt", "didnt", "couldnt", "error", "errors",
        "fails", "failed", "failing", "broken", "stuck", "keeps", "problem", "issue", "anymore", "nothing", "stopped",
        "pas", "plus", "impossible", "erreur", "bloque", "bloquee", "plante", "probleme", "souci", "rien", "marche",
        "fonctionne", "narrive", "arrive",
    ], StringComparer.Ordinal);

    /// <summary>Whether the text has a word that says something is wrong ("can't", "won't" and "n'arrive" folded without their apostrophe).</summary>
    public static bool Says(string text)
    {
        var folded = TextFolding.Fold(text).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        var tokens = TextAnalyzer.Tokenize(folded);
        for (var i = 0; i < tokens.Length; i++)
        {
            // "can" alone is a how-to ("can I install"); "can not" is not.
            if (tokens[i] == "can" ? i + 1 < tokens.Length && tokens[i + 1] == "not" : Words.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The share of <paramref name="questions"/> that say something is wrong; null when there are none.</summary>
    public static double? ShareOf(IReadOnlyList<string> questions) =>
        questions.Count == 0 ? null : questions.Count(Says) / (double)questions.Count;
}
