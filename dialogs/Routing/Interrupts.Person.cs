namespace ServiceDesk.Dialogs.Routing;

// A wish for a person said in any words: read by the kinds of words (a talk verb, a person, a wish, no negation).
internal static partial class Interrupts
{
    /// <summary>After the person named, a few more words at most ("… de chez vous", "about this").</summary>
    private const int MaxAfterPerson = 5;

    private static readonly string[][] People = Split(InterruptPhrases.HumanPeople);

    private static readonly string[][] NotABot = Split(InterruptPhrases.NotABot);

    private static readonly string[][] Emphasis = Split([.. InterruptPhrases.NotABot, .. InterruptPhrases.RealOne]);

    /// <summary>
    /// "je veux un human, pas un bot", "not a bot, a real one", "pas un robot": "not a bot" and "a real one" at either end
    /// are taken off, and what is left must itself ask for a person; "not a bot" alone (the bot named) is the wish. The
    /// person is still read as a whole message is, so "human resources, not a bot" stays an answer.
    /// </summary>
    private static bool AsksForPersonNotABot(List<string> words)
    {
        var (start, end, denied) = (0, words.Count, false);
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            foreach (var phrase in Emphasis)
            {
                if (end - start >= phrase.Length && SameAt(words, start, phrase))
                {
                    (start, changed) = (start + phrase.Length, true);
                }
                else if (end - start >= phrase.Length && SameAt(words, end - phrase.Length, phrase))
                {
                    (end, changed) = (end - phrase.Length, true);
                }
                else
                {
                    continue;
                }

                denied |= NotABot.Any(p => p.Length == phrase.Length && p.SequenceEqual(phrase));
                break;
            }
        }

        if (end - start == words.Count)
        {
            return false;
        }

        var core = Strip(words.GetRange(start, end - start));
        if (core.Count == 0)
        {
            return denied;
        }

        return Match(core) == Interrupt.Human || Opened(core) == Interrupt.Human || AsksForPerson(core);
    }

    /// <summary>
    /// "can I just talk to somebody real about this", "je préfère en parler avec quelqu'un": a talk verb, a person a few
    /// words after it, a wish before it (or the verb first), no negation, little after. By the kinds of words, so a new
    /// wording of the same wish is understood; "my phone can't call anyone" has no talk verb, "I don't want to talk to
    /// a bot" a negation.
    /// </summary>
    private static bool AsksForPerson(List<string> words)
    {
        if (HandsMeAPerson(words))
        {
            return true;
        }

        for (var verb = 0; verb < words.Count; verb++)
        {
            if (!InterruptPhrases.TalkVerbs.Contains(words[verb]))
            {
                continue;
            }

            var before = words.Take(verb).ToList();
            if (before.Any(IsNegation) || (verb > 0 && !before.Any(InterruptPhrases.WishWords.Contains)))
            {
                return false;
            }

            for (var start = verb + 1; start <= Math.Min(verb + 4, words.Count - 1); start++)
            {
                if (PersonAt(words, start) is var length and > 0 && words.Count - start - length <= MaxAfterPerson)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Verbs that hand something over to the speaker: "give me", "get me", "passez-moi".</summary>
    private static readonly HashSet<string> HandVerbs = new(StringComparer.Ordinal)
    {
        "give", "get", "find", "put", "donne", "donnez", "passe", "passez", "trouve", "trouvez", "mets", "mettez",
    };

    /// <summary>
    /// "just give me a human this is taking forever", "passez-moi un technicien svp": a person handed to the speaker
    /// right after "give me", first in the message, with little after; "give someone access" names no "me".
    /// </summary>
    private static bool HandsMeAPerson(List<string> words)
    {
        var start = words.Count > 0 && words[0] is "just" or "now" or "please" or "pls" or "juste" or "svp" ? 1 : 0;
        if (words.Count < start + 3 || !HandVerbs.Contains(words[start]) || words[start + 1] is not ("me" or "moi" or "m"))
        {
            return false;
        }

        var person = PersonAt(words, start + 2);
        // A complaint may follow the wish ("… I've been at this for ages"): a little more than after a talk verb.
        return person > 0 && words.Count - start - 2 - person <= MaxAfterPerson + 3;
    }

    private static bool IsNegation(string word) => word is "not" or "dont" or "don" or "never" or "pas" or "jamais" or "no" or "plus" or "cant" or "cannot" or "wont" or "didnt";

    /// <summary>The length of the person named at <paramref name="start"/> ("someone", "a real person", "quelqu un"), else 0.</summary>
    private static int PersonAt(List<string> words, int start)
    {
        var longest = 0;
        foreach (var person in People)
        {
            if (person.Length > longest && start + person.Length <= words.Count && SameAt(words, start, person))
            {
                longest = person.Length;
            }
        }

        return longest;
    }
}
