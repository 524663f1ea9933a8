using ServiceDesk.Dialogs.Understanding;

namespace ServiceDesk.Dialogs.Tests.Understanding;

/// <summary>One line of utterances.tsv: how an employee typed it and what it means.</summary>
internal sealed record Utterance(string Language, Intent Intent, string? Category, string? Ticket, string Text);

/// <summary>
/// Reads utterances.tsv from the source tree (found by walking up to the folder holding ServiceDesk.Bot.sln),
/// so the set is edited in one place and needs no build step.
/// </summary>
internal static class UtteranceSet
{
    /// <summary>The set the recogniser was tuned on.</summary>
    public const string Tuning = "utterances.tsv";

    /// <summary>Written after the first version and never used to tune it.</summary>
    public const string HeldOut = "holdout.tsv";

    public static IReadOnlyList<Utterance> Load(string fileName = Tuning)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "ServiceDesk.Dialogs.Tests", "Understanding", fileName);
        var utterances = new List<Utterance>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 5)
            {
                throw new InvalidDataException($"{fileName}: expected 5 tab-separated fields in \"{line}\".");
            }

            utterances.Add(new Utterance(fields[0], Enum.Parse<Intent>(fields[1]), Optional(fields[2]), Optional(fields[3]), fields[4]));
        }

        return utterances;
    }

    private static string? Optional(string field) => field == "-" ? null : field;

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ServiceDesk.Bot.sln not found above {AppContext.BaseDirectory}.");
    }
}
