using Microsoft.Extensions.Options;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("servicedesk-kb-");

    [Fact]
    public void Load_ReadsBothLanguagesInFileOrder()
    {
        Write("en/b.md", Article("kb-b", "Printer jam"));
        Write("en/a.md", Article("kb-a", "VPN drops"));
        Write("fr/a.md", Article("kb-a", "Le VPN se coupe"));

        var articles = KnowledgeLoader.Load(folder.FullName);

        Assert.Equal(["kb-a", "kb-b"], articles["en"].Select(a => a.Id));
        Assert.Equal("Le VPN se coupe", Assert.Single(articles["fr"]).Title);
    }

    [Fact]
    public void Load_MalformedArticle_FailsNamingTheFile()
    {
        Write("en/good.md", Article("kb-good", "Fine"));
        Write("fr/bad.md", "---\nid: kb-bad\ntitle: x\n---\nno closing of tags");

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeLoader.Load(folder.FullName));

        Assert.Contains("fr/bad.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tags' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameIdTwiceInOneLanguage_FailsNamingBothFiles()
    {
        Write("en/one.md", Article("kb-same", "One"));
        Write("en/two.md", Article("kb-same", "Two"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "fr"));

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeLoader.Load(folder.FullName));

        Assert.Contains("en/two.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("en/one.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingLanguageFolder_Fails()
    {
        Write("en/a.md", Article("kb-a", "A"));

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeLoader.Load(folder.FullName));

        Assert.Contains("no 'fr' folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ConfiguredFolderThatDoesNotExist_FailsNamingTheSetting()
    {
        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeFolder.Resolve("nowhere", folder.FullName));

        Assert.Contains("Knowledge:Folder 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoSetting_FindsTheRepositoryFolder()
    {
        Assert.Equal(RealKnowledgeBase.Folder, KnowledgeFolder.Resolve(null, AppContext.BaseDirectory));
        Assert.Equal(folder.FullName, KnowledgeFolder.Resolve(folder.FullName, null));
    }

    [Fact]
    public void KnowledgeBase_FromATinyFolder_SearchesAndReturnsArticles()
    {
        Write("en/a.md", Article("kb-a", "VPN keeps dropping"));
        Write("fr/a.md", Article("kb-a", "Le VPN se coupe"));

        var knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions()), folder.FullName);

        Assert.Equal("kb-a", Assert.Single(knowledge.Search("vpn dropping", "en", 3)).ArticleId);
        Assert.Equal(1, knowledge.CountOf("fr"));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static string Article(string id, string title) =>
        $"---\nid: {id}\ntitle: {title}\ntags: [test]\nservice: other\nupdated: 2026-01-01\n---\n{title}: the body.\n";

    private void Write(string relative, string text)
    {
        var path = Path.Combine(folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
