using System.Text.RegularExpressions;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>How a correction is cut into clauses and words, each word kept with where it stands in the typed text.</summary>
internal static partial class SummaryEdits
{
    private static bool At(Clause clause, int i, string[] phrase) =>
        i + phrase.Length <= clause.Words.Count && phrase.Select((w, k) => clause.Words[i + k].Folded == w).All(same => same);

    /// <summary>Where a clause ends: a comma, a semicolon, a bracket, a dash or a full stop between words (a colon leads the value).</summary>
    private static List<Clause> Clauses(string typed)
    {
        var clauses = new List<Clause>();
        foreach (var part in ClauseBreak().Split(typed))
        {
            var words = Word().Matches(part).Select(m => new ClauseWord(m.Index, m.Length, string.Concat(TextFolding.Words(m.Value)))).Where(w => w.Folded.Length > 0).ToList();
            if (words.Count > 0)
            {
                clauses.Add(new Clause(part, words));
            }
        }

        return clauses;
    }

    [GeneratedRegex(@"[,;!?()\n]|[.](?=\s|$)|\s[-–—]\s")]
    private static partial Regex ClauseBreak();

    /// <summary>A word, an English contraction kept with it ("it's"), an e-mail address or a date whole.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[@._/-][\p{L}\p{N}]+)*(?:['’](?:t|s|d|ll|re|ve|m)(?!\p{L}))?")]
    private static partial Regex Word();

    private sealed record ClauseWord(int Index, int Length, string Folded);

    private sealed record Clause(string Text, List<ClauseWord> Words)
    {
        public string From(int i) => Text[Words[i].Index..].Trim().TrimEnd('.', ' ');

        public string Between(int from, int to) => Text[Words[from].Index..(Words[to - 1].Index + Words[to - 1].Length)].Trim();
    }
}
