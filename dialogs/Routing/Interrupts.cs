using ServiceDesk.Dialogs.Text;
using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Recognises interrupts in English and French in the words people use ("never mind", "oublie ça", "je veux un
/// humain", "real person please"): the message, folded and without polite fillers, must BE the interrupt, so an
/// answer that merely contains the word ("cancel button greyed out", "no") stays an answer. One typo per word of five
/// letters or more is forgiven ("cancle", "anuler").
/// </summary>
internal static partial class Interrupts
{
    /// <summary>Longer messages say something else as well: they are never an interrupt.</summary>
    private const int MaxWords = 10;

    /// <summary>A wish for a person said at more length: never longer than this.</summary>
    private const int MaxWishWords = 16;

    private static readonly string[][] Fillers = Split(InterruptPhrases.Fillers);
    private static readonly string[][] Openers = Split(InterruptPhrases.Openers);

    /// <summary>The phrases by word count, for the typo-tolerant comparison.</summary>
    private static readonly ILookup<int, (string[] Words, Interrupt Interrupt)> ByLength =
        InterruptPhrases.Whole.Select(p => (Words: p.Key.Split(' '), Interrupt: p.Value)).ToLookup(p => p.Words.Length);

    public static Interrupt Recognise(string? text)
    {
        // Only a message with a "?" can normalise to "?": the others skip the normalisation.
        if (text is not null && text.Contains('?', StringComparison.Ordinal) && Normalize(text) == "?")
        {
            return Interrupt.Help;
        }

        var words = TextFolding.Words(text);
        if (words.Count > MaxWords && words.Count <= MaxWishWords && AsksForPerson(words))
        {
            // "bon je préfère en parler directement avec quelqu'un de chez vous": longer, yet only a wish for a person.
            return Interrupt.Human;
        }

        if (words.Count > MaxWords && words.Count <= MaxWishWords && CancelWithReason.Is(text, Clause))
        {
            // "stop, honestly i really don't want to carry on with this form anymore": longer, yet a cancel and its reason.
            return Interrupt.Cancel;
        }

        if (words.Count is 0 or > MaxWords)
        {
            return Interrupt.None;
        }

        var core = Strip(words);
        if (core.Count == 0)
        {
            return Interrupt.None;
        }

        var found = Match(core);
        if (found != Interrupt.None)
        {
            return found;
        }

        // "merci d'annuler la demande": the thanks that is a filler elsewhere opens the ask here.
        var opened = Opened(core);
        if (opened == Interrupt.None && core.Count < words.Count)
        {
            opened = Opened(words);
        }

        if (opened != Interrupt.None)
        {
            return opened;
        }

        if (CancelWithReason.Is(text, Clause))
        {
            return Interrupt.Cancel;
        }

        return AsksForPerson(core) || AsksForPersonNotABot(core) ? Interrupt.Human : Interrupt.None;
    }

    /// <summary>"forget this whole form", "annule tout ce formulaire": a cancel verb and only words pointing at the request.</summary>
    private static bool CancelsWhatIsInProgress(List<string> words)
    {
        // A cancel said in two words ("laisse tomber", "never mind", "forget about") points the same way as one.
        var verb = words.Count >= 3 && InterruptPhrases.CancelVerbPairs.Contains($"{words[0]} {words[1]}") ? 2
            : words.Count >= 1 && InterruptPhrases.CancelVerbs.Contains(words[0]) ? 1
            : 0;
        return verb > 0 && words.Count - verb is >= 1 and <= 5 && words.Skip(verb).All(InterruptPhrases.CancelObjects.Contains);
    }

    /// <summary>"I want to cancel", "je veux parler à quelqu'un": an opener, then the interrupt.</summary>
    private static Interrupt Opened(List<string> core)
    {
        foreach (var opener in Openers)
        {
            if (!StartsWith(core, opener))
            {
                continue;
            }

            var rest = Strip(core.GetRange(opener.Length, core.Count - opener.Length));
            if (rest.Count > 0 && Match(rest) is var after && after != Interrupt.None)
            {
                return after;
            }
        }

        return Interrupt.None;
    }

    /// <summary>Most words of the cancel clause that <see cref="AfterCancel"/> reads ("actually forget the whole incident").</summary>
    private const int MaxCancelClauseWords = 6;

    /// <summary>
    /// "actually forget the incident, can I order a new mouse instead", "oublie l'incident, il me faut plutôt un
    /// casque": what is said after a first clause that is a cancel, as typed, so that it is read alone ("the incident"
    /// there is what is dropped, never a ticket asked about). Null when the message does not start with a cancel clause
    /// or nothing of three words or more follows it.
    /// </summary>
    public static string? AfterCancel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.IndexOfAny(CancelWithReason.ClauseMarks) is var cut && cut <= 0)
        {
            return null;
        }

        var first = TextFolding.Words(text[..cut]);
        var rest = text[(cut + 1)..].Trim().TrimStart(CancelWithReason.ClauseMarks).Trim();
        return first.Count is > 0 and <= MaxCancelClauseWords && TextFolding.Words(rest).Count >= 3 && Clause(first) == Interrupt.Cancel
            ? rest
            : null;
    }

    /// <summary>One clause of a longer message, read as a whole message is (fillers off, with or without an opener).</summary>
    private static Interrupt Clause(List<string> words)
    {
        var core = Strip(words);
        return core.Count == 0 ? Interrupt.None : Match(core) is var found and not Interrupt.None ? found : Opened(core);
    }

    private static Interrupt Match(List<string> words)
    {
        if (InterruptPhrases.Whole.TryGetValue(string.Join(' ', words), out var exact))
        {
            return exact;
        }

        foreach (var (phrase, interrupt) in ByLength[words.Count])
        {
            if (CloseEnough(words, phrase))
            {
                return interrupt;
            }
        }

        if (CancelsWhatIsInProgress(words) || GivingUp.Is(words) || CancelSaidTwice(words))
        {
            return Interrupt.Cancel;
        }

        // "on laisse tomber la demande", "we cancel this": the speaker said before the words that would be the cancel.
        return words.Count >= 3 && words[0] is "on" or "je" or "j" or "we" or "i" or "lets" or "let"
            && Match(words.GetRange(words[0] == "let" && words[1] == "s" ? 2 : 1, words.Count - (words[0] == "let" && words[1] == "s" ? 2 : 1))) is Interrupt.Cancel
            ? Interrupt.Cancel : Interrupt.None;
    }

    /// <summary>"stop stop on arrête tout", "stop j'abandonne la demande": a cancel said, then said again in other words.</summary>
    private static bool CancelSaidTwice(List<string> words)
    {
        for (var cut = 1; cut < words.Count && words.Count >= 3; cut++)
        {
            if (InterruptPhrases.Whole.TryGetValue(string.Join(' ', words.Take(cut)), out var first) && first == Interrupt.Cancel
                && Match(words.GetRange(cut, words.Count - cut)) == Interrupt.Cancel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes polite fillers off both ends ("ok please cancel" → "cancel").</summary>
    private static List<string> Strip(List<string> words)
    {
        var start = 0;
        var end = words.Count;
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            foreach (var filler in Fillers)
            {
                if (end - start >= filler.Length && SameAt(words, start, filler))
                {
                    start += filler.Length;
                    changed = true;
                    break;
                }

                if (end - start >= filler.Length && SameAt(words, end - filler.Length, filler))
                {
                    end -= filler.Length;
                    changed = true;
                    break;
                }
            }
        }

        return words.GetRange(start, end - start);
    }

    private static bool StartsWith(List<string> words, string[] prefix) => words.Count > prefix.Length && SameAt(words, 0, prefix);

    /// <summary>The words from <paramref name="start"/> on are <paramref name="phrase"/> (a loop: this runs on every message).</summary>
    private static bool SameAt(List<string> words, int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[start + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string[][] Split(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];
}
