using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Tests.Fixtures;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>The repository's real articles, loaded once for the tests that read them.</summary>
internal static class RealKnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Instance = new(() => Load(new KnowledgeOptions()));

    public static string Folder => Path.Combine(RepositoryRoot.Find(), "knowledge");

    public static KnowledgeBase Shared => Instance.Value;

    public static KnowledgeBase Load(KnowledgeOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), Folder);

    /// <summary>The question → article pairs of one language, from questions.{language}.txt next to this file.</summary>
    public static IReadOnlyList<(string Question, string ArticleId)> Questions(string language)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "ServiceDesk.Infra.Tests", "Knowledge", $"questions.{language}.txt");
        return [.. File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => p.Length == 2 ? (p[0], p[1]) : throw new FormatException($"questions.{language}.txt: '{string.Join('|', p)}' is not 'question | id'"))];
    }
}
