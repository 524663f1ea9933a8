using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>
/// An article is indexed with its other language's words and with the questions it answered: a question that mixes the
/// two languages, or is worded as a seen question was, finds it.
/// </summary>
public sealed class CrossLanguageSearchTests
{
    private static readonly DateOnly Updated = new(2026, 12, 7);

    private static KnowledgeArticle Article(string id, string language, string title, string body, params string[] tags) =>
        new(id, language, title, tags, "printing", Updated, body, $"{language}/{id[3..]}.md");

    // Two French articles about the printer; only the English version of the first says "spooler".
    private static KnowledgeBase Printers(double minScore = 0) => new(
        new Dictionary<string, IReadOnlyList<KnowledgeArticle>>
        {
            ["en"] =
            [
                Article("kb-queue", "en", "Print queue stuck", "Restart the print spooler service.", "spooler", "queue"),
                Article("kb-setup", "en", "Add a printer", "Open Settings and add the printer.", "printer", "add"),
            ],
            ["fr"] =
            [
                Article("kb-queue", "fr", "Imprimante bloquée", "Redémarrez le service d'impression de l'imprimante.", "imprimante", "file"),
                Article("kb-setup", "fr", "Ajouter une imprimante", "Ouvrez les paramètres et ajoutez l'imprimante.", "imprimante", "ajouter"),
            ],
        },
        new KnowledgeOptions { MinScore = minScore });

    [Fact]
    public void Search_FrenchQuestionWithAWordOnlyTheEnglishVersionHas_FindsTheArticleInFrench()
    {
        var hits = Printers().Search("mon imprimante, le spooler est planté", "fr", 2);

        Assert.Equal("kb-queue", hits[0].ArticleId);
        Assert.Equal("fr", hits[0].Language);
        Assert.Equal("Imprimante bloquée", hits[0].Title);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_QuestionMixingBothLanguages_ScoresAsHighAsOneLanguageAlone()
    {
        var knowledge = Printers();

        var mixed = knowledge.Search("imprimante spooler", "fr", 1)[0];
        var english = knowledge.Search("printer spooler", "en", 1)[0];

        // Each word counts in the article's French index: a mixed question is not half unknown.
        Assert.Equal("kb-queue", mixed.ArticleId);
        Assert.True(mixed.Score >= english.Score - 0.05, $"mixed {mixed.Score} vs English {english.Score}");
    }

    [Fact]
    public void Search_WordingOfAQuestionTheArticleAnswered_FindsIt()
    {
        var disk = Article("kb-disk", "en", "Disk full", "Free up space with Storage Sense.", "disk", "space") with
        {
            Questions = ["the c drive bar went red in explorer"],
        };
        var other = Article("kb-drive", "en", "Network drive missing", "Map the drive again in Explorer.", "drive", "network");
        var knowledge = new KnowledgeBase(
            new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = [disk, other], ["fr"] = [] }, new KnowledgeOptions { MinScore = 0 });

        var hits = knowledge.Search("my drive bar is red in explorer", "en", 2);

        Assert.Equal("kb-disk", hits[0].ArticleId);
    }
}
