namespace ServiceDesk.Bench.Understanding;

/// <summary>
/// A copy of the knowledge folder with every article's <c>aliases:</c> line removed (<c>--no-aliases</c>): how the search
/// fares on an article as an owner writes it, with a title, tags and a body only. The caller deletes it.
/// </summary>
internal static class AliasFreeKnowledge
{
    public static string CopyOf(string knowledgeFolder)
    {
        var copy = Directory.CreateTempSubdirectory("sdbot-knowledge-noalias-").FullName;
        foreach (var file in Directory.EnumerateFiles(knowledgeFolder, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(knowledgeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllLines(target, File.ReadAllLines(file).Where(l => !IsAliasLine(l)));
        }

        return copy;
    }

    // The articles write their aliases on one line ("aliases: [a, b]"); a list of "- a" lines would be kept (and say so
    // by failing to load: the parser wants a key above them).
    private static bool IsAliasLine(string line) => line.StartsWith("aliases:", StringComparison.Ordinal);
}
