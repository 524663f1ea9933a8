using System.Text.RegularExpressions;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>The search over the repository's real articles.</summary>
public sealed partial class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Knowledge = RealKnowledgeBase.Shared;

    [Theory]
    [InlineData("en", "what is the weather in paris tomorrow")]
    [InlineData("en", "banana bread recipe")]
    [InlineData("en", "i want to order pizza for the team")]
    [InlineData("en", "my car is broken")]
    [InlineData("en", "qwxz plorf blarg")]
    [InlineData("fr", "quelle est la météo demain")]
    [InlineData("fr", "recette de la tarte aux pommes")]
    [InlineData("fr", "je veux commander des pizzas pour l'équipe")]
    [InlineData("fr", "ma voiture est en panne")]
    [InlineData("fr", "???")]
    public async Task SearchAsync_QuestionTheArticlesDoNotAnswer_ReturnsNoHit(string language, string query)
    {
        Assert.Empty(await Knowledge.SearchAsync(query, language, 3, CancellationToken.None));
    }

    [Fact]
    public void Search_ThresholdIsASetting()
    {
        var picky = RealKnowledgeBase.Load(new KnowledgeOptions { MinScore = 1 });

        Assert.NotEmpty(Knowledge.Search("vpn keeps dropping", "en", 3));
        Assert.Empty(picky.Search("vpn keeps dropping", "en", 3));
    }

    [Theory]
    [InlineData("fr", "mon vpn se déconnecte tout le temps")]
    [InlineData("en", "vpn for a contractor from a hotel")]
    public async Task SearchNearAsync_HitsAreTheSearchsOwn_NearOnesScoreBetweenTheFloorAndTheThreshold(string language, string query)
    {
        var results = await Knowledge.SearchNearAsync(query, language, 3, 0.2, CancellationToken.None);

        Assert.Equal(Knowledge.Search(query, language, 3), results.Hits);
        Assert.NotEmpty(results.Near);
        Assert.All(results.Near, h => Assert.InRange(h.Score, 0.2, Knowledge.MinScore - 1e-9));
        Assert.True(results.Near.Zip(results.Near.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Empty(results.Near.Select(h => h.ArticleId).Intersect(results.Hits.Select(h => h.ArticleId)));
        Assert.Empty((await Knowledge.SearchNearAsync(query, language, 3, Knowledge.MinScore, CancellationToken.None)).Near);
    }

    [Fact]
    public async Task SearchAsync_ReturnsRankedHitsWithThePassageThatAnswers()
    {
        var hits = await Knowledge.SearchAsync("my vpn keeps dropping", "en", 3, CancellationToken.None);

        var best = hits[0];
        Assert.Equal("kb-vpn-troubleshoot", best.ArticleId);
        Assert.Equal("VPN will not connect or keeps disconnecting", best.Title);
        Assert.Equal("network-vpn", best.Service);
        Assert.Equal("en/vpn-troubleshoot.md", best.Source);
        Assert.StartsWith("## The VPN keeps dropping\n1. ", best.Passage, StringComparison.Ordinal);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Search_FrenchPassage_IsTheStepBlockForTheQuestion()
    {
        var best = Knowledge.Search("vider la file d'attente de l'imprimante", "fr", 1)[0];

        Assert.Equal("kb-print-queue-stuck", best.ArticleId);
        Assert.StartsWith("## Vider la file d'attente de votre ordinateur", best.Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "fr/")]
    [InlineData("FR", "fr/")]
    [InlineData("fr_CA", "fr/")]
    [InlineData("en-GB", "en/")]
    [InlineData("de", "en/")]
    [InlineData("", "en/")]
    public void Search_LocaleChoosesTheLanguage(string language, string folder)
    {
        var hit = Knowledge.Search("vpn", language, 1)[0];

        Assert.StartsWith(folder, hit.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TopIsRespected_AndCappedByMaxResults()
    {
        Assert.Single(Knowledge.Search("password", "en", 1));
        Assert.Empty(Knowledge.Search("password", "en", 0));
        Assert.True(Knowledge.Search("password account sign in email phone laptop", "en", 500).Count <= new KnowledgeOptions().MaxResults);
    }

    [Fact]
    public void Search_VeryLongQuery_IsCutAndStillAnswers()
    {
        var query = "outlook not syncing " + string.Concat(Enumerable.Repeat("blah ", 5_000));

        Assert.Equal("kb-outlook-not-syncing", Knowledge.Search(query, "en", 1).Single().ArticleId);
    }

    [Fact]
    public async Task GetArticleAsync_ReturnsTheWholeArticleInTheLanguage_OrNull()
    {
        var french = await Knowledge.GetArticleAsync("kb-vpn-connect", "fr", CancellationToken.None);

        Assert.NotNull(french);
        Assert.Equal("Se connecter au VPN en télétravail", french.Title);
        Assert.Contains("vpn.example.com", french.Body, StringComparison.Ordinal);
        Assert.Null(await Knowledge.GetArticleAsync("kb-does-not-exist", "fr", CancellationToken.None));
    }

    [Fact]
    public async Task Search_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var expected = Knowledge.Search("imprimante bloquee", "fr", 3);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Knowledge.Search("imprimante bloquee", "fr", 3))));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void EveryArticle_HasATwinWithTheSameIdInTheOtherLanguage()
    {
        var english = Knowledge.IndexFor("en").Articles.ToDictionary(a => a.Id);
        var french = Knowledge.IndexFor("fr").Articles.ToDictionary(a => a.Id);

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.All(english.Values, a => Assert.Equal(a.Service, french[a.Id].Service));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Articles_AreAtLeast32_Of150To400Words_WithNumberedSteps_AndExampleAddressesOnly(string language)
    {
        var articles = Knowledge.IndexFor(language).Articles.ToList();

        Assert.True(articles.Count >= 32, $"{articles.Count} {language} articles");
        Assert.All(articles, a =>
        {
            var words = a.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 150 and <= 400, $"{a.Source} has {words} words");
            Assert.Contains("\n1. ", a.Body, StringComparison.Ordinal);
            Assert.All(Url().Matches(a.Body), m => Assert.Matches(@"^https?://([a-z.]+\.)?(example\.com|neverssl\.com)", m.Value));
        });
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
