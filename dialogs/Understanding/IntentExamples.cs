using System.Reflection;

namespace ServiceDesk.Dialogs.Understanding;

/// <summary>
/// The labelled lines the classifier learns from, embedded in this assembly at build time (the project file lists them:
/// only tuning and already-measured lines, never a held-out part still used to measure). Each file is read by its kind:
/// a single message carries its intent; a follow-up line is <see cref="Intent.TicketFollowUp"/>, an access line
/// <see cref="Intent.RequestAccess"/>, a knowledge line asked as a question <see cref="Intent.Question"/>. Ticket numbers and cancels are
/// the rules' alone and are skipped.
/// </summary>
internal static class IntentExamples
{
    public const string Prefix = "ServiceDesk.Dialogs.Understanding.Examples.";

    private static readonly Lazy<IReadOnlyList<IntentExample>> Embedded = new(() => Read(typeof(IntentExamples).Assembly));

    public static IReadOnlyList<IntentExample> All => Embedded.Value;

    /// <summary>The embedded files' names, in the order they are read.</summary>
    public static IEnumerable<string> Files(Assembly assembly) =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static List<IntentExample> Read(Assembly assembly)
    {
        var examples = new List<IntentExample>();
        foreach (var name in Files(assembly))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            examples.AddRange(Parse(name[Prefix.Length..], reader.ReadToEnd()));
        }

        return examples;
    }

    /// <summary>The labelled lines of one file, by the kind its name says ("sets.single-messages.dev.tsv", "utterances.tsv").</summary>
    public static IEnumerable<IntentExample> Parse(string fileName, string content)
    {
        foreach (var line in content.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var cells = trimmed.Split('\t');
            (Intent Intent, string Language, string Text)? example =
                fileName.Contains("single-messages", StringComparison.Ordinal) && cells.Length == 8 ? Labelled(cells[1], cells[0], cells[7])
                : fileName.Contains("utterances", StringComparison.Ordinal) && cells.Length == 5 ? Labelled(cells[1], cells[0], cells[4])
                : fileName.Contains("intent-lines", StringComparison.Ordinal) && cells.Length == 3 ? Labelled(cells[1], cells[0], cells[2])
                : fileName.Contains("ticket-followups", StringComparison.Ordinal) && cells.Length == 3 ? (Intent.TicketFollowUp, cells[0], cells[2])
                : fileName.Contains("access-requests", StringComparison.Ordinal) && cells.Length == 3 ? (Intent.RequestAccess, cells[0], cells[2])
                : fileName.Contains("knowledge-questions", StringComparison.Ordinal) && cells.Length == 4 && Asked(cells[3]) ? (Intent.Question, cells[1], cells[3])
                : null;
            if (example is { } found)
            {
                yield return new IntentExample(found.Intent, found.Text, found.Language, fileName);
            }
        }
    }

    /// <summary>
    /// A knowledge line is labelled by its article, not by its intent: one asked as a question ("how do I free up
    /// space?") is a <see cref="Intent.Question"/>, one stated as a problem ("my disk is full") is also an incident as
    /// a single message, so it is left out rather than taught as a question.
    /// </summary>
    private static bool Asked(string text) => IntentShape.IsQuestion(text, TextFolding.Words(text));

    private static (Intent, string, string)? Labelled(string intent, string language, string text) =>
        Enum.TryParse<Intent>(intent, out var parsed) && Array.IndexOf(IntentClassifier.Classes, parsed) >= 0 ? (parsed, language, text) : null;
}

/// <summary>One labelled line: its intent, text, language ("en"/"fr") and the file it comes from.</summary>
internal sealed record IntentExample(Intent Intent, string Text, string Language, string Source);
