namespace ServiceDesk.Bench.Understanding.Seeing;

/// <summary>
/// The knowledge folder's articles: the sets name an article by its file name (same in knowledge/en and knowledge/fr),
/// the bot's buttons carry the front matter's id; this maps one to the other.
/// </summary>
internal sealed class ArticleIndex
{
    private readonly Dictionary<string, string> _fileById = new(StringComparer.OrdinalIgnoreCase);

    public ArticleIndex(RepositoryFiles repository)
    {
        foreach (var file in Directory.EnumerateFiles(repository.KnowledgeFolder, "*.md", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var id = File.ReadLines(file).Take(20).FirstOrDefault(l => l.StartsWith("id:", StringComparison.Ordinal))?[3..].Trim();
            _fileById[id ?? name] = name;
        }

        Files = [.. _fileById.Values.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public IReadOnlyList<string> Files { get; }

    /// <summary>The file name of an article id the bot showed; the id itself when unknown.</summary>
    public string FileOf(string articleId) => _fileById.TryGetValue(articleId, out var name) ? name : articleId;

    public IReadOnlyList<string> Shown(Seen seen) => [.. seen.ArticleIds.Select(FileOf).Distinct(StringComparer.OrdinalIgnoreCase)];
}
