using ServiceDesk.Dialogs.Knowledge;

namespace ServiceDesk.Infra.Knowledge;

/// <summary>Reads every <c>{language}/*.md</c> under the knowledge folder, in file name order.</summary>
internal static class KnowledgeLoader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<KnowledgeArticle>> Load(string folder)
    {
        var result = new Dictionary<string, IReadOnlyList<KnowledgeArticle>>(StringComparer.Ordinal);
        foreach (var language in KnowledgeLanguage.All)
        {
            var languageFolder = Path.Combine(folder, language);
            if (!Directory.Exists(languageFolder))
            {
                throw new KnowledgeLoadException($"The knowledge folder {folder} has no '{language}' folder of articles.");
            }

            var articles = new List<KnowledgeArticle>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(languageFolder, "*.md").Order(StringComparer.Ordinal))
            {
                var source = $"{language}/{Path.GetFileName(file)}";
                var article = KnowledgeArticleParser.Parse(File.ReadAllText(file), language, source);
                if (!seen.TryAdd(article.Id, source))
                {
                    throw new KnowledgeLoadException(
                        $"Knowledge article {source}: id '{article.Id}' is already used by {seen[article.Id]}; each article needs its own id.");
                }

                articles.Add(article);
            }

            result[language] = articles;
        }

        return result;
    }
}
