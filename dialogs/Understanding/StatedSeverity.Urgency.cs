using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Tickets;

namespace ServiceDesk.Dialogs.Understanding;

// Urgency by the kinds of words that state it (the shared words and helpers are in StatedSeverity.Kinds.cs):
// a negated urgency word ("not really urgent", "rien de pressé"), a deadline (a need or a meeting, then a time soon: "we
// need it today", "client meeting at 2pm", "avant midi") and a later day with "can"/"till" ("you can look next week").
internal static partial class StatedSeverity
{
    private const int NeedReach = 6;
    private const int MeetingReach = 4;
    private const int LaterReach = 4;
    private const int NegationReach = 4;

    private static readonly HashSet<string> UrgencyWords = Set(
        "urgent", "urgente", "urgently", "urgence", "urgency", "emergency", "rush", "hurry", "presse", "pressee", "pressant",
        "pressing", "critical", "critique", "priority", "prioritaire", "asap", "blocking", "bloquant", "bloquante", "serious");
    private static readonly HashSet<string> NegationFillers = Set(
        "really", "very", "that", "so", "too", "super", "vraiment", "tres", "si", "trop", "tellement", "an", "a", "de", "d", "un",
        "une", "particularly", "especially", "terribly", "extremely", "huge", "big", "real", "major", "grosse", "gros", "grande",
        "at", "all", "of", "in", "any", "much", "hyper", "du", "tout", "seem", "seems", "en", "bien", "think", "it", "its", "is", "be", "pense",
        "crois", "que", "ce", "soit");

    private static readonly HashSet<string> NeedCues = Set(
        "need", "needed", "must", "due", "required", "gotta", "deadline", "besoin", "dois", "doit", "doivent", "devons",
        "devez", "faut", "echeance");
    private static readonly HashSet<string> HaveTo = Set("have", "has");
    private static readonly HashSet<string> MeetingCues = Set(
        "meeting", "demo", "presentation", "call", "interview", "webinar", "training", "pitch", "reunion", "rdv",
        "rendez", "visio", "conference", "audit", "formation", "soutenance", "entretien", "exam");
    private static readonly HashSet<string> MeetingGap = Set(
        "at", "in", "a", "dans", "this", "cet", "ce", "with", "avec", "client", "clients", "customer", "the", "my", "our", "ma",
        "mon", "notre", "une", "un", "is", "est", "starts", "starting", "begins", "commence", "vous", "de", "du", "board",
        "team", "equipe", "important", "big", "grosse", "gros", "qui", "that");

    /// <summary>Between a need and its time, these say the time is when it broke, not when it is needed.</summary>
    private static readonly HashSet<string> PastMarks = Set(
        "since", "depuis", "started", "began", "broke", "stopped", "happened", "crashed", "ago", "was", "were", "earlier",
        "yesterday", "hier", "commence");
    private static readonly HashSet<string> NotADeadline = Set("since", "depuis", "from", "as", "ago", "until", "till", "jusqu");

    private static readonly HashSet<string> SoonWords = Set("today", "tonight", "noon", "midday", "eod", "cob", "midi", "aujourdhui", "lunchtime");
    private static readonly string[][] SoonPhrases =
    [
        ["aujourd", "hui"], ["this", "afternoon"], ["this", "evening"], ["ce", "soir"], ["cet", "aprem"], ["cette", "aprem"],
        ["cet", "apres", "midi"], ["end", "of", "day"], ["end", "of", "the", "day"], ["fin", "de", "journee"],
        ["fin", "de", "la", "journee"], ["within", "the", "hour"], ["dans", "l", "heure"],
    ];
    private static readonly HashSet<string> In = Set("in", "dans", "within");
    private static readonly HashSet<string> DurationFillers = Set("an", "a", "one", "une", "un", "half", "demi", "the", "next", "l", "la", "prochaine", "moins", "d");
    private static readonly HashSet<string> Units = Set("min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "h", "heure", "heures");
    private static readonly HashSet<string> ClockUnits = Set("am", "pm", "h", "heure", "heures");

    private static readonly HashSet<string> LaterWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "later", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "demain");
    private static readonly string[][] LaterPhrases =
    [
        ["next", "week"], ["next", "month"], ["la", "semaine", "prochaine"], ["semaine", "prochaine"], ["le", "mois", "prochain"],
        ["mois", "prochain"], ["plus", "tard"], ["after", "the", "weekend"], ["apres", "le", "weekend"], ["apres", "le", "week", "end"],
    ];
    /// <summary>
    /// Before a later day, "wait" or "can": "it can wait till monday", "vous pouvez regarder lundi". "until friday" alone
    /// is as often when it last worked; "can you fix it by monday" asks, so "can" then "you" is no cue.
    /// </summary>
    private static readonly HashSet<string> LaterCuesBefore = Set(
        "wait", "attendre", "can", "could", "pouvez", "pourrez", "peut", "peux", "pouvoir");
    private static readonly HashSet<string> Asking = Set("you", "u", "someone", "somebody", "anyone", "vous", "tu", "quelqu");
    private static readonly HashSet<string> LaterCuesAfter = Set("fine", "ok", "okay", "works", "ira", "suffit", "bien", "good", "parfait");

    [GeneratedRegex("^[0-9]{1,2}(am|pm|h|h[0-9]{2})$")]
    private static partial Regex ClockWord();

    /// <summary>"not really urgent", "rien de pressé", "it isn't an emergency": a negator, a few softeners, an urgency word.</summary>
    private static List<(int Start, int Length)> NegatedUrgency(IReadOnlyList<string> words)
    {
        var spans = new List<(int Start, int Length)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Negators.Contains(words[i]))
            {
                continue;
            }

            for (var j = i + 1; j < words.Count && j <= i + NegationReach; j++)
            {
                if (UrgencyWords.Contains(words[j]))
                {
                    spans.Add((i, j - i + 1));
                    break;
                }

                if (!NegationFillers.Contains(words[j]))
                {
                    break;
                }
            }
        }

        return spans;
    }

    /// <summary>A need or a meeting, then a time soon: "we need it today", "client meeting at 2pm", "je dois ... avant midi".</summary>
    private static (Urgency? Value, int Length) Deadline(IReadOnlyList<string> words)
    {
        var best = 0;
        for (var c = 0; c < words.Count; c++)
        {
            var need = NeedCues.Contains(words[c]) || (words[c] == "to" && c > 0 && HaveTo.Contains(words[c - 1]));
            var meeting = MeetingCues.Contains(words[c]);
            if (!need && !meeting)
            {
                continue;
            }

            var reach = need ? NeedReach : MeetingReach;
            for (var t = c + 1; t < words.Count && t <= c + reach; t++)
            {
                var (soon, isDuration) = SoonAt(words, t);
                // A call "at 2pm" may be the one that dropped; a call "in 10 minutes" is ahead.
                // "at 10am tomorrow", "à 14h lundi": a time on a later day is no deadline today.
                var later = t + soon < words.Count && LaterWords.Contains(words[t + soon]);
                if (soon > 0 && !later && !NotADeadline.Contains(words[t - 1]) && (!meeting || need || words[c] != "call" || isDuration))
                {
                    best = Math.Max(best, t + soon - c);
                    break;
                }

                if (need ? PastMarks.Contains(words[t]) : !MeetingGap.Contains(words[t]))
                {
                    break;
                }
            }
        }

        return best == 0 ? (null, 0) : (Urgency.High, best);
    }

    /// <summary>The number of words of a time soon starting at <paramref name="at"/> (0: none), and whether it is "in N minutes".</summary>
    private static (int Length, bool IsDuration) SoonAt(IReadOnlyList<string> words, int at)
    {
        var word = words[at];
        if (SoonWords.Contains(word) || ClockWord().IsMatch(word))
        {
            return (1, false);
        }

        if (word.Length <= 2 && word.All(char.IsAsciiDigit) && at + 1 < words.Count && ClockUnits.Contains(words[at + 1]))
        {
            return (2, false);
        }

        if (PhraseAt(words, at, SoonPhrases) is > 0 and var phrase)
        {
            return (phrase, false);
        }

        if (In.Contains(word))
        {
            for (var k = at + 1; k < words.Count && k <= at + 3; k++)
            {
                if (Units.Contains(words[k]))
                {
                    return (k - at + 1, true);
                }

                if (!DurationFillers.Contains(words[k]) && !words[k].All(char.IsAsciiDigit))
                {
                    break;
                }
            }
        }

        return (0, false);
    }

    /// <summary>A later day with a "can"/"till" before it or a "fine" after it: "can wait till monday", "next week is fine".</summary>
    private static (Urgency? Value, int Length) Later(IReadOnlyList<string> words)
    {
        var best = 0;
        for (var t = 0; t < words.Count; t++)
        {
            var length = LaterWords.Contains(words[t]) ? 1 : PhraseAt(words, t, LaterPhrases);
            if (length == 0)
            {
                continue;
            }

            var window = Enumerable.Range(Math.Max(0, t - LaterReach), Math.Min(t, LaterReach)).ToList();
            if (window.Any(k => Negators.Contains(words[k])))
            {
                // "can't wait till monday", "ça ne peut pas attendre lundi".
                continue;
            }

            var before = window.Where(k => LaterCuesBefore.Contains(words[k]) && !(k + 1 < words.Count && Asking.Contains(words[k + 1])))
                .DefaultIfEmpty(-1).Min();
            var after = Enumerable.Range(t + length, Math.Max(0, Math.Min(2, words.Count - t - length))).FirstOrDefault(k => LaterCuesAfter.Contains(words[k]), -1);
            if (before >= 0)
            {
                best = Math.Max(best, t + length - before);
            }
            else if (after >= 0)
            {
                best = Math.Max(best, after - t + 1);
            }
        }

        return best == 0 ? (null, 0) : (Urgency.Low, best);
    }
}
