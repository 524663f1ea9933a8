using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.Bench.Understanding.Reporting;

/// <summary>The figures as a person reads them (dev and held out side by side, then each split's misses), or as JSON.</summary>
internal static class ReportPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Ratio None = new(0, 0);

    public static string ToJson(IReadOnlyList<SplitFigures> figures) => JsonSerializer.Serialize(figures, Json);

    public static string ToText(IReadOnlyList<SplitFigures> figures, bool details)
    {
        var dev = figures[0];
        var held = figures[1];
        var text = new StringBuilder();
        void Row(string label, object a, object b) => text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-44} {a,-22} {b}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"",-44} {"dev",-22} held out");
        text.AppendLine("Single messages: intent");
        Row("all", dev.Intent.All, held.Intent.All);
        foreach (var language in Keys(dev.Intent.ByLanguage, held.Intent.ByLanguage))
        {
            Row("language " + language, dev.Intent.ByLanguage.GetValueOrDefault(language, None), held.Intent.ByLanguage.GetValueOrDefault(language, None));
        }

        foreach (var intent in Keys(dev.Intent.ByIntent, held.Intent.ByIntent))
        {
            Row(intent, dev.Intent.ByIntent.GetValueOrDefault(intent, None), held.Intent.ByIntent.GetValueOrDefault(intent, None));
        }

        // What the employee gets: the router's second looks (a ticket of theirs named, a catalogue resource wished for)
        // read the recogniser's answer again before anything acts on it.
        Row("as the router acts on it: all", dev.Intent.Routed, held.Intent.Routed);
        foreach (var language in Keys(dev.Intent.RoutedByLanguage, held.Intent.RoutedByLanguage))
        {
            Row("  language " + language, dev.Intent.RoutedByLanguage.GetValueOrDefault(language, None), held.Intent.RoutedByLanguage.GetValueOrDefault(language, None));
        }

        text.AppendLine("Slots read from the first sentence (where the label states them)");
        Row("category", dev.Slots.Category, held.Slots.Category);
        Row("service", dev.Slots.Service, held.Slots.Service);
        Row("impact", dev.Slots.Impact, held.Slots.Impact);
        Row("urgency", dev.Slots.Urgency, held.Slots.Urgency);
        text.AppendLine("Follow-ups on my own tickets (no number)");
        Row("answered with the right ticket", dev.FollowUps.RightTicket, held.FollowUps.RightTicket);
        Row("ticket I don't have: no wrong ticket shown", dev.FollowUps.NotMineHonest, held.FollowUps.NotMineHonest);
        Row("new request form opened instead", dev.FollowUps.NewFormsOpened, held.FollowUps.NewFormsOpened);
        Row("duplicates created", dev.FollowUps.DuplicatesCreated, held.FollowUps.DuplicatesCreated);
        text.AppendLine("Access requests: catalogue item");
        Row("right or asked", dev.Access.RightOrAsked, held.Access.RightOrAsked);
        Row("right item taken", dev.Access.Right, held.Access.Right);
        Row("asked (right item among those offered)", dev.Access.Asked, held.Access.Asked);
        Row("  of which the whole catalogue", dev.Access.AskedWithWholeCatalogue, held.Access.AskedWithWholeCatalogue);
        Row("silently wrong", dev.Access.Silent, held.Access.Silent);
        Row("not understood as that request", dev.Access.NotTaken, held.Access.NotTaken);
        text.AppendLine("Knowledge questions (covered: top-1 / top-3)");
        foreach (var group in Keys(dev.Knowledge.Covered, held.Knowledge.Covered))
        {
            var mine = dev.Knowledge.Covered.GetValueOrDefault(group, new KnowledgeGroup(None, None));
            var other = held.Knowledge.Covered.GetValueOrDefault(group, new KnowledgeGroup(None, None));
            Row("top-1 " + group, mine.Top1, other.Top1);
            Row("top-3 " + group, mine.Top3, other.Top3);
        }

        Row("uncovered: honest \"I don't know\"", dev.Knowledge.HonestRefusal, held.Knowledge.HonestRefusal);
        text.AppendLine("Conversations");
        Row("scripts passed", dev.Conversations.Passed, held.Conversations.Passed);
        Row("turns that failed (the host apologises)", dev.FailedTurns, held.FailedTurns);
        text.AppendLine("Understanding of one message (recogniser, after warm-up)");
        Row("p50 / p99 µs", $"{dev.Latency.P50Microseconds:0.0} / {dev.Latency.P99Microseconds:0.0}", $"{held.Latency.P50Microseconds:0.0} / {held.Latency.P99Microseconds:0.0}");
        if (details)
        {
            foreach (var split in figures)
            {
                Details(text, split);
            }
        }

        return text.ToString();
    }

    private static void Details(StringBuilder text, SplitFigures split)
    {
        var name = split.Split.ToString().ToLowerInvariant();
        if (split.FailureKinds.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Failed turns ({name}): {string.Join("; ", split.FailureKinds)}");
        }

        List(text, $"Intent confusions ({name}): expected → got", split.Intent.Confusions);
        List(text, $"Router's second looks ({name}): expected → recogniser's → router's", split.Intent.SecondLooks);
        List(text, $"Slots missed ({name}): slot expected → read", split.Slots.Misses);
        List(text, $"Follow-ups missed ({name}): ticket → shown", split.FollowUps.Misses);
        List(text, $"Access misses ({name}): item → outcome", split.Access.Misses);
        List(text, $"Knowledge misses ({name}): article → shown", split.Knowledge.Misses);
        text.AppendLine(CultureInfo.InvariantCulture, $"Conversations failed ({name}): first failed expectation");
        foreach (var failure in split.Conversations.Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {failure.Script}: {failure.Expectation} — saw: {failure.Seen}");
        }
    }

    /// <summary>The groups of both splits, dev's order first (a batch measured alone may have an empty dev part).</summary>
    private static IEnumerable<string> Keys<T>(IReadOnlyDictionary<string, T> dev, IReadOnlyDictionary<string, T> held) =>
        dev.Keys.Concat(held.Keys.Where(k => !dev.ContainsKey(k)));

    private static void List(StringBuilder text, string title, IReadOnlyList<Confusion> confusions)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} [{confusions.Count}]");
        foreach (var c in confusions)
        {
            var shown = c.Got.Length > 70 ? c.Got[..70] + "…" : c.Got;
            var said = c.Text.Length > 90 ? c.Text[..90] + "…" : c.Text;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {c.Expected} → {shown}  [{c.Language}] {said}");
        }
    }
}
