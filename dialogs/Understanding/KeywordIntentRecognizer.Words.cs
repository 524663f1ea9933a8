namespace ServiceDesk.Dialogs.Understanding;

/// <summary>The rules' reading of words: a ticket named, keys mashed, typos repaired.</summary>
internal sealed partial class KeywordIntentRecognizer
{
    private static readonly HashSet<string> TicketNouns = new(StringComparer.Ordinal)
    {
        "ticket", "tickets", "incident", "incidents", "request", "requests", "case", "inc", "req", "demande", "demandes",
    };

    /// <summary>Before "demande" / "request", a subject or an object pronoun makes it the verb.</summary>
    private static readonly HashSet<string> VerbSubjects = new(StringComparer.Ordinal)
    {
        "je", "j", "me", "m", "te", "t", "il", "elle", "on", "nous", "vous", "ils", "elles", "lui", "leur", "i", "we", "you", "they", "to",
    };

    private static readonly HashSet<string> TicketDeterminers = new(StringComparer.Ordinal)
    {
        "my", "the", "this", "that", "our", "ma", "mon", "la", "le", "mes", "les", "cette", "ce", "notre", "nos",
    };

    /// <summary>
    /// A ticket is named: "my ticket", "the visio licence request", "ma demande" (a determiner up to three words before
    /// the ticket word; "je demande", a verb after its subject, names none).
    /// </summary>
    private static bool NamesATicket(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!TicketNouns.Contains(words[i]))
            {
                continue;
            }

            if (words[i] is "ticket" or "tickets" or "inc" or "req")
            {
                return true;
            }

            if (i > 0 && VerbSubjects.Contains(words[i - 1]))
            {
                // "mon pc me demande une clé", "I request": the verb, whatever determiner came before its subject.
                continue;
            }

            for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
            {
                if (TicketDeterminers.Contains(words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Every word is keys hit rather than written (<see cref="KeyMashing"/>): not a cue or common word, not seen whole in
    /// the classifier's lines, not a typo of a known word. One real word ("asdf vpn") is evidence enough to read on.
    /// </summary>
    private static bool OnlyKeyMashing(List<string> words, IntentClassifier? classifier)
    {
        foreach (var word in words)
        {
            if (!KeyMashing.IsMashed(word) || Spelling.Knows(word) || classifier?.SawWord(word) == true || Spelling.Repair(word) != word)
            {
                return false;
            }
        }

        return true;
    }

    private static void Repair(List<string> words)
    {
        // The same word is repaired once per message: long pasted texts repeat themselves.
        var repaired = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            words[i] = repaired.TryGetValue(word, out var known) ? known : repaired[word] = Spelling.Repair(word);
        }
    }
}
