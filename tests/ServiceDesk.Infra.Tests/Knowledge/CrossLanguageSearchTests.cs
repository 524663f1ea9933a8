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

    [Fact]
    public void Search_ErrorCodeAQuestionOfTheArticleHad_AddsToItAndTakesNothingFromTheOthers()
    {
        var vpn = Article("kb-vpn", "en", "VPN will not connect", "Restart the VPN client and sign in again.", "vpn") with
        {
            Questions = ["vpn says error 691 when i connect"],
        };
        var wifi = Article("kb-wifi", "en", "Wi-Fi will not connect", "Forget the network and join it again.", "wifi");
        var knowledge = new KnowledgeBase(
            new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = [vpn, wifi], ["fr"] = [] }, new KnowledgeOptions { MinScore = 0 });

        double ScoreOf(string id, string query) => knowledge.Search(query, "en", 2).Single(h => h.ArticleId == id).Score;

        Assert.True(ScoreOf("kb-vpn", "the vpn will not connect, error 691") > ScoreOf("kb-vpn", "the vpn will not connect, error 4711"));

        // To an article that never saw it, a code another article knows is as an unknown code: it takes nothing away.
        Assert.Equal(ScoreOf("kb-wifi", "wifi will not connect, error 4711"), ScoreOf("kb-wifi", "wifi will not connect, error 691"), 4);
    }

    [Fact]
    public void Search_HowToAndProblemOnOneTopic_EachFindsItsArticle()
    {
        // The same text but for the questions each answered: one how-to, one problem.
        var howTo = Article("kb-connect", "en", "VPN connection", "Open the VPN client and connect.", "vpn") with
        {
            Questions = ["how do i connect to the vpn"],
        };
        var problem = Article("kb-fix", "en", "VPN connection", "Open the VPN client and connect.", "vpn") with
        {
            Questions = ["my vpn won't connect"],
        };
        var knowledge = new KnowledgeBase(
            new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = [problem, howTo], ["fr"] = [] }, new KnowledgeOptions { MinScore = 0 });

        Assert.Equal("kb-connect", knowledge.Search("how to connect the vpn", "en", 1)[0].ArticleId);
        Assert.Equal("kb-fix", knowledge.Search("the vpn doesn't connect", "en", 1)[0].ArticleId);
    }

    [Fact]
    public void Search_AGuessAtATypo_IsLessSureThanTheWordWritten()
    {
        // "meteo" is one letter from "metro", a word the article has: a guess at what was meant, not what was asked.
        var lost = Article("kb-lost", "fr", "Téléphone perdu", "Prévenez le support si vous l'avez perdu dans le métro.", "perdu", "métro");
        var knowledge = new KnowledgeBase(
            new Dictionary<string, IReadOnlyList<KnowledgeArticle>> { ["en"] = [], ["fr"] = [lost] }, new KnowledgeOptions { MinScore = 0 });

        var guessed = knowledge.Search("la meteo", "fr", 1)[0].Score;
        var written = knowledge.Search("le metro", "fr", 1)[0].Score;

        Assert.True(guessed <= (written * 0.8) + 0.001, $"guessed {guessed}, written {written}");
    }
}
