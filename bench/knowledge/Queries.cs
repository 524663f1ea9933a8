namespace ServiceDesk.Bench.Knowledge;

/// <summary>
/// The test questions (tests/ServiceDesk.Infra.Tests/Knowledge/questions.*.txt) repeated with the mistakes people
/// make: a letter dropped, two letters swapped, extra words, shouting, and a share of questions the base cannot answer.
/// </summary>
internal static class Queries
{
    private static readonly string[] Noise = ["please", "urgent", "help", "since this morning", "again", "svp", "depuis ce matin", "encore"];
    private static readonly string[] Unanswerable = ["what is the weather tomorrow", "banana bread recipe", "quelle est la météo", "ma voiture est en panne"];

    public static List<(string Text, string Language)> Build(string root, int count, int seed)
    {
        var random = new Random(seed);
        var source = new[] { "en", "fr" }.SelectMany(language =>
            File.ReadAllLines(Path.Combine(root, "tests", "ServiceDesk.Infra.Tests", "Knowledge", $"questions.{language}.txt"))
                .Where(l => l.Contains('|', StringComparison.Ordinal) && !l.StartsWith('#'))
                .Select(l => (Text: l.Split('|')[0].Trim(), Language: language))).ToArray();
        var result = new List<(string, string)>(count);
        while (result.Count < count)
        {
            if (random.Next(10) == 0)
            {
                var text = Unanswerable[random.Next(Unanswerable.Length)];
                result.Add((text, text.Contains('é', StringComparison.Ordinal) || text.StartsWith("ma ", StringComparison.Ordinal) ? "fr" : "en"));
                continue;
            }

            var (question, language) = source[random.Next(source.Length)];
            result.Add((Mutate(question, random), language));
        }

        return result;
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToCharArray().ToList();
        switch (random.Next(5))
        {
            case 0 when chars.Count > 6:
                chars.RemoveAt(random.Next(1, chars.Count - 1));
                break;
            case 1 when chars.Count > 6:
                var i = random.Next(1, chars.Count - 2);
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                break;
            case 2:
                return text + " " + Noise[random.Next(Noise.Length)];
            case 3:
                return text.ToUpperInvariant();
        }

        return new string([.. chars]);
    }
}
