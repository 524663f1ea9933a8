using ServiceDesk.Dialogs.Text;

namespace ServiceDesk.Dialogs.Understanding;

// Asking how to help oneself rather than for a repair: tips or a way round ("des astuces ?", "any advice"), or what to
// try first, before a ticket ("anything I can try first?", "what should I check before calling you?").
internal static partial class AskingClause
{
    private static readonly string[][] Advice =
    [
        .. ((string[])["des astuces", "une astuce", "des conseils", "un conseil", "des idees", "une idee", "des pistes", "une piste",
            "des tips", "un tips", "any tips", "any tip", "any advice", "any suggestions", "any suggestion",
            "some tips", "some advice", "tips", "suggestions", "a workaround", "any workaround", "un contournement",
            "une solution", "a solution", "any solution", "une solution de contournement"])
            .Select(p => p.Split(' ')),
    ];

    /// <summary>Asking for tips or a way round ("des astuces ?", "any advice", "une idée ?"): said as a question or at a clause's end.</summary>
    public static bool AsksAdvice(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var asked = text.Contains('?', StringComparison.Ordinal);
        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = TextFolding.Words(clause);
            foreach (var phrase in Advice)
            {
                var at = WordPhrases.IndexOf(words, phrase);
                // "any tips" asks wherever it is; "des astuces" asks when asked or when it ends the clause ("des astuces svp").
                if (at >= 0 && (asked || words[0] is "any" || at + phrase.Length >= words.Count - 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> Trying = new(StringComparer.Ordinal)
    {
        "try", "do", "check", "essayer", "tenter", "tester", "faire", "verifier", "regarder",
    };

    private static readonly HashSet<string> First = new(StringComparer.Ordinal)
    {
        "first", "beforehand", "abord", "premier", "myself",
    };

    /// <summary>After "before" / "avant", what makes it before a ticket: reporting, opening, calling the desk.</summary>
    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "open", "opening", "raise", "raising", "log", "logging", "file", "filing", "create", "creating", "submit", "submitting",
        "call", "calling", "contact", "contacting", "report", "reporting", "escalate", "escalating", "ticket",
        "ouvrir", "faire", "creer", "contacter", "appeler", "signaler", "declarer", "remonter",
    };

    /// <summary>
    /// Asked what to try first or before a ticket ("anything I can try first?", "y a des trucs à faire avant d'ouvrir un
    /// ticket ?", "what should I check before calling you?"): a verb of trying followed within a few words by "first",
    /// "myself", "d'abord", or by "before" / "avant" and reporting or the desk. Asking for the way, not reporting.
    /// </summary>
    public static bool AsksWhatToTryFirst(string? text)
    {
        if (text is null || !text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var words = TextFolding.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!Trying.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(words.Count, i + 6); j++)
            {
                if (First.Contains(words[j]))
                {
                    return true;
                }

                if (words[j] is "before" or "avant")
                {
                    for (var k = j + 1; k < Math.Min(words.Count, j + 4); k++)
                    {
                        if (Reporting.Contains(words[k]))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
