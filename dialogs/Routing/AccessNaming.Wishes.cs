using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Routing;

/// <summary>
/// Whether a message wishes for something with nothing said to be wrong, or wishes for another variant of what it has:
/// the readings <see cref="AccessNaming"/> decides by, on words alone (no catalogue).
/// </summary>
internal static partial class AccessNaming
{
    /// <summary>
    /// A wish to have, see or use something, and nothing said to be wrong. Being refused is not a fault here: "I don't
    /// have access", "on me dit que je n'ai pas les droits" say what is missing, and so does not seeing ("can't see my
    /// customers' deals", "je n'arrive pas à voir les règlements"), so those words are set aside before looking for a
    /// fault (and its negation). A French negation ("ne … pas", "n'… plus") is a fault.
    /// </summary>
    internal static bool WishedWithoutFault(IReadOnlyList<string> words, bool asked)
    {
        var wishing = words.Select(WishSpelling.Repair).ToList();
        if (PlainWishes.Matches(wishing).Count == 0 && Openings.Matches(wishing).Count == 0 && Heads.Matches(wishing).Count == 0)
        {
            return false;
        }

        var asking = Asking.Spans(wishing);
        if (asking.Any(a => asked || a.Start == 0) || AlwaysAsking.Matches(wishing).Count > 0)
        {
            return false;
        }

        var faulting = words.Select(w => w.Length >= 6 ? FaultSpelling.Repair(w) : w).ToList();
        var refused = new bool[faulting.Count];
        foreach (var (_, start, length) in Denials.Spans(faulting).Concat(Unseen.Spans(faulting)))
        {
            Array.Fill(refused, true, start, length);
        }

        var rest = faulting.Where((_, i) => !refused[i]).ToList();
        return Faults.Matches(rest).Count == 0 && !NegatedInFrench(rest);
    }

    /// <summary>
    /// A wish for another variant of something, with the fault said of the variant one has: a clause holds the wish and
    /// no fault before its contrast ("i need write access instead of read"), and the message sets one variant against
    /// the other. The faults of the other clauses are that variant's ("the split one doesn't reach the lab servers").
    /// "I need the VPN fixed", "I want the finance share but it doesn't work" set nothing against anything: faults.
    /// </summary>
    internal static bool VariantWished(string? text, bool asked)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var all = TextFolding.Words(text).Select(WishSpelling.Repair).ToList();
        if ((Variants.Matches(all).Count == 0 && !TheOtherOne(all)) || AlwaysAsking.Matches(all).Count > 0
            || Asking.Spans(all).Any(a => asked || a.Start == 0))
        {
            return false;
        }

        foreach (var clause in Clauses(text))
        {
            var wishing = clause.Select(WishSpelling.Repair).ToList();
            var wish = PlainWishes.Spans(wishing).Concat(Openings.Spans(wishing)).Select(s => s.Start).DefaultIfEmpty(-1).Min();
            if (wish < 0)
            {
                continue;
            }

            // The wish's own clause, up to its contrast, says nothing wrong: "not the split one" is the contrast.
            var contrast = Variants.Spans(wishing).Select(s => s.Start).Where(s => s > wish).DefaultIfEmpty(wishing.Count).Min();
            var said = clause.Take(contrast).Select(w => w.Length >= 6 ? FaultSpelling.Repair(w) : w).ToList();
            var notThe = said.FindIndex(w => w is "not" or "pas");
            if (notThe > wish)
            {
                said = said.Take(notThe).ToList();
            }

            return Faults.Matches(said).Count == 0 && !NegatedInFrench(said);
        }

        return false;
    }

    /// <summary>"the split one", "the standard one", "the basic one": another variant of the same thing.</summary>
    private static bool TheOtherOne(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] is "the" or "my" && (words[i + 2] == "one" || (i + 3 < words.Count && words[i + 3] == "one")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clauses: split at punctuation and at the words that join two statements.</summary>
    private static List<List<string>> Clauses(string text)
    {
        var clauses = new List<List<string>>();
        foreach (var piece in text.Split([',', ';', '.', '!', '?', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = new List<string>();
            foreach (var word in TextFolding.Words(piece))
            {
                if (word is "but" or "mais" or "because" or "car" or "since" or "puisque" or "cause" or "coz" && clause.Count > 0)
                {
                    clauses.Add(clause);
                    clause = [];
                    continue;
                }

                clause.Add(word);
            }

            if (clause.Count > 0)
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    /// <summary>"ne … pas / plus / jamais / rien" within three words: something does not happen.</summary>
    private static bool NegatedInFrench(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("pas" or "plus" or "jamais" or "rien"))
            {
                continue;
            }

            for (var j = Math.Max(0, i - 3); j < i; j++)
            {
                if (words[j] is "ne" or "n")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
