using System.Text.RegularExpressions;

namespace ServiceDesk.Infra.Knowledge.Text;

/// <summary>
/// The computer's own disk named by its letter: "C:", "c drive", "disque C", "lecteur C" become the one word
/// <see cref="LocalDisk"/>. A one-letter word is dropped by the analyzer, and "drive" or "lecteur" alone is said as much of
/// a shared network drive ("S: drive", "lecteur réseau P:") as of the local disk, so without the letter "C drive is full"
/// read like a network drive. Other letters are left alone: which share they name differs from one office to the next.
/// </summary>
internal static partial class DriveLetters
{
    /// <summary>The word the local disk's letter becomes; spelled like no word of either language.</summary>
    public const string LocalDisk = "cdrive";

    /// <summary>Marks the local disk's letter in folded (lower-case, accent-free) text; any other text comes back as it was.</summary>
    public static string Mark(string folded) =>
        folded.Contains('c', StringComparison.Ordinal) ? Letter().Replace(folded, " " + LocalDisk + " ") : folded;

    // "c:" (not a time or a count: "c:1"), "c drive" / "c disk", "disque c" / "lecteur c" / "partition c" (not "c'est").
    [GeneratedRegex(@"(?<![\w'’])c(?:\s*:(?!\d)|(?=\s+(?:drive|disk)\b))|(?<=\b(?:disque|lecteur|partition|drive|disk)\s+)c(?![\w'’:])", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();
}
