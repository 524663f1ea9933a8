using System.Globalization;
using ServiceDesk.Bench.Understanding.Measures;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The regression gate: the one place for the thresholds. Each is a few points below what main achieved when it was set
/// (dev and held out alike), so it passes today and catches a regression; raise them as understanding improves.
/// Understanding's own figures raised on 2026-12-06 on branch u-intent (dev / held out, with 144 new labelled sentences):
/// intent 99.8 / 96.1 (en 100 / 95.2, fr 99.5 / 97.0), cancel inside a form 100 / 100, category 96.1 / 92.2, service
/// 88.0 / 77.0, follow-ups with the right ticket 97.2 / 91.4, a ticket I don't have without a wrong ticket 100 / 90.9,
/// access right or asked 97.3 / 97.1 (silently wrong 0 / 0), conversations 91.2 / 87.5. Knowledge thresholds as raised
/// from main at 588a87a: top-1 en 70.6 / 56.0, fr 75.7 / 66.7, top-3 en 70.6 / 60.0, fr 81.1 / 66.7, cross-language
/// 95.0 / 90.0, honest refusal 91.7 / 100 (first set from a3114c1: intent 73.4 / 74.7, follow-ups 0 / 0, cross-language
/// 0 / 0). Duplicates and failed turns 0 / 0. Latency is printed,
/// not gated: on a shared machine its p99 is the machine's, not the recogniser's.
/// </summary>
internal static class Gate
{
    /// <summary>Minimum percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Minimum, Func<SplitFigures, double> Read)> Minimums { get; } =
    [
        ("intent, all", 93, f => f.Intent.All.Percent),
        ("intent, English", 92, f => f.Intent.ByLanguage.GetValueOrDefault("en", new Ratio(0, 0)).Percent),
        ("intent, French", 94, f => f.Intent.ByLanguage.GetValueOrDefault("fr", new Ratio(0, 0)).Percent),
        ("slot category", 89, f => f.Slots.Category.Percent),
        ("slot service", 73, f => f.Slots.Service.Percent),
        // Lowered on 2026-12-06 (branch understand) for 162 new sentences written before the changes they measure: held
        // out, follow-ups fell from 91.4 to 83.7 and cross-language top-3 from 100 to 93.8 on the sets alone, and stay
        // there after the changes (tuned on dev only); dev is 99.0 and 100. Follow-ups raised the same night (branch
        // follow: signals read by kinds of words, the employee's tickets checked before anything new is opened) to 93,
        // five points under the 98.7 / 98.7 dev / held out then reached; a batch of 27 follow-ups written after that
        // change and before any other scored 74 % on its first run: new wordings still miss more than these sets show.
        ("follow-ups with the right ticket", 93, f => f.FollowUps.RightTicket.Percent),
        // Lowered on 2026-12-07 (branch under3) from 87 for 5 held-out lines about a ticket I don't have written before
        // that session's changes: 2 of them still show a ticket ("a second keyboard", a badge "access request"), held out
        // 81.8 (18/22), dev 100; the fresh batches measure 7/7 and 4/4.
        ("follow-ups, a ticket I don't have: no wrong ticket", 79, f => f.FollowUps.NotMineHonest.Percent),
        ("cancel inside a form", 95, f => f.Intent.ByIntent.GetValueOrDefault("Cancel", new Ratio(0, 0)).Percent),
        ("access right or asked", 94, f => f.Access.RightOrAsked.Percent),
        // Knowledge, raised on 2026-12-06 on branch u-kb2 (the article beside the form; 36 more questions and 5 more
        // scripts written before it), dev / held out: top-1 en 96.2 / 92.0, fr 97.4 / 89.7, top-3 en 96.2 / 94.0,
        // fr 98.7 / 89.7, cross-language top-3 100 / 100, honest refusal 91.1 / 92.9, conversations 100 / 100 (the same
        // sets before it: top-1 en 77.9 / 68.0, fr 81.8 / 76.9, conversations 89.5 / 82.4).
        ("knowledge top-3, English", 90, f => Top3(f, "en")),
        ("knowledge top-3, French", 86, f => Top3(f, "fr")),
        ("knowledge top-1, English", 88, f => Top1(f, "en")),
        ("knowledge top-1, French", 86, f => Top1(f, "fr")),
        ("knowledge top-3, cross-language", 91, f => Top3(f, KnowledgeMeasure.Cross)),
        ("knowledge honest refusal", 89, f => f.Knowledge.HonestRefusal.Percent),
        ("conversations passed", 90, f => f.Conversations.Passed.Percent),
    ];

    /// <summary>Maximum counts or percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Maximum, Func<SplitFigures, double> Read)> Maximums { get; } =
    [
        ("duplicates created by follow-ups", 0, f => f.FollowUps.DuplicatesCreated),
        ("access silently wrong (%)", 2, f => f.Access.Silent.Percent),
        ("turns that failed", 0, f => f.FailedTurns),
    ];

    public static IReadOnlyList<string> Check(IReadOnlyList<SplitFigures> figures)
    {
        var failures = new List<string>();
        foreach (var split in figures)
        {
            foreach (var (figure, minimum, read) in Minimums)
            {
                if (read(split) < minimum)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{split.Split}: {figure} is {read(split):0.0}, minimum {minimum:0.0}"));
                }
            }

            foreach (var (figure, maximum, read) in Maximums)
            {
                if (read(split) > maximum)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{split.Split}: {figure} is {read(split):0.0}, maximum {maximum:0.0}"));
                }
            }
        }

        return failures;
    }

    private static double Top1(SplitFigures figures, string group) =>
        figures.Knowledge.Covered.TryGetValue(group, out var g) ? g.Top1.Percent : 100;

    private static double Top3(SplitFigures figures, string group) =>
        figures.Knowledge.Covered.TryGetValue(group, out var g) ? g.Top3.Percent : 100;
}
