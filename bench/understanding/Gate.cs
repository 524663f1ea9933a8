using System.Globalization;
using ServiceDesk.Bench.Understanding.Measures;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The regression gate: the one place for the thresholds. Each is a few points below what main achieved when it was set
/// (dev and held out alike), so it passes today and catches a regression; raise them as understanding improves.
/// Set on 2026-12-06 from main at a3114c1 (dev / held out): intent 73.4 / 74.7 (en 71.4 / 78.9, fr 75.3 / 70.7),
/// category 84.3 / 83.6, service 48.2 / 46.6, follow-ups 0 / 0, access right or asked 62.7 / 64.0 (silently wrong
/// 9.8 / 8.0), knowledge top-1 en 47.1 / 40.0, fr 48.6 / 27.8, top-3 en 47.1 / 40.0, fr 54.1 / 27.8, cross-language 0 / 0,
/// honest refusal 91.7 / 88.9, conversations 32.4 / 31.3, duplicates 1 / 0, failed turns 2 / 0. Latency is printed,
/// not gated: on a shared machine its p99 is the machine's, not the recogniser's.
/// </summary>
internal static class Gate
{
    /// <summary>Minimum percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Minimum, Func<SplitFigures, double> Read)> Minimums { get; } =
    [
        ("intent, all", 70, f => f.Intent.All.Percent),
        ("intent, English", 67, f => f.Intent.ByLanguage.GetValueOrDefault("en", new Ratio(0, 0)).Percent),
        ("intent, French", 67, f => f.Intent.ByLanguage.GetValueOrDefault("fr", new Ratio(0, 0)).Percent),
        ("slot category", 80, f => f.Slots.Category.Percent),
        ("slot service", 43, f => f.Slots.Service.Percent),
        ("follow-ups with the right ticket", 0, f => f.FollowUps.RightTicket.Percent),
        ("access right or asked", 58, f => f.Access.RightOrAsked.Percent),
        ("knowledge top-3, English", 36, f => Top3(f, "en")),
        ("knowledge top-3, French", 24, f => Top3(f, "fr")),
        ("knowledge top-1, English", 36, f => Top1(f, "en")),
        ("knowledge top-1, French", 24, f => Top1(f, "fr")),
        ("knowledge top-3, cross-language", 0, f => Top3(f, KnowledgeMeasure.Cross)),
        ("knowledge honest refusal", 85, f => f.Knowledge.HonestRefusal.Percent),
        ("conversations passed", 28, f => f.Conversations.Passed.Percent),
    ];

    /// <summary>Maximum counts or percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Maximum, Func<SplitFigures, double> Read)> Maximums { get; } =
    [
        ("duplicates created by follow-ups", 1, f => f.FollowUps.DuplicatesCreated),
        ("access silently wrong (%)", 13, f => f.Access.Silent.Percent),
        ("turns that failed", 2, f => f.FailedTurns),
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
