namespace ServiceDesk.Bench.Knowledge;

/// <summary>
/// Writes a knowledge folder of a given size: the real articles, then variants of them (new id, a site name in the
/// title, paragraphs in another order, some words swapped for words of other articles), so the index has a realistic
/// vocabulary and many near-duplicates, which is the hard case for ranking speed.
/// </summary>
internal static class SyntheticArticles
{
    private static readonly string[] Sites = ["Paris", "Lyon", "Lille", "Nantes", "Brussels", "Geneva", "Montreal", "London", "Madrid", "Milan"];

    public static void Write(string realFolder, string target, int perLanguage, int seed)
    {
        var random = new Random(seed);
        foreach (var language in new[] { "en", "fr" })
        {
            var output = Directory.CreateDirectory(Path.Combine(target, language)).FullName;
            var real = Directory.GetFiles(Path.Combine(realFolder, language), "*.md").Order(StringComparer.Ordinal).ToArray();
            var words = real.SelectMany(f => File.ReadAllText(f).Split(' ', '\n')).Where(w => w.Length > 4 && w.All(char.IsLetter)).Distinct().ToArray();
            foreach (var file in real)
            {
                File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
            }

            for (var n = real.Length; n < perLanguage; n++)
            {
                var source = File.ReadAllText(real[n % real.Length]);
                File.WriteAllText(Path.Combine(output, $"variant-{n:D4}.md"), Variant(source, n, words, random));
            }
        }
    }

    private static string Variant(string source, int n, string[] words, Random random)
    {
        var close = source.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var frontMatter = source[..close].Split('\n').Select(line =>
            line.StartsWith("id: ", StringComparison.Ordinal) ? $"{line}-v{n:D4}"
            : line.StartsWith("title: ", StringComparison.Ordinal) ? $"{line} ({Sites[n % Sites.Length]} {n})"
            : line);
        var paragraphs = source[(close + 5)..].Split("\n\n").ToList();
        var shuffled = paragraphs.Take(1).Concat(paragraphs.Skip(1).OrderBy(_ => random.Next()));
        var body = string.Join("\n\n", shuffled).Split(' ').Select(w => random.Next(12) == 0 ? words[random.Next(words.Length)] : w);
        return string.Join('\n', frontMatter) + "\n---\n" + string.Join(' ', body);
    }
}
