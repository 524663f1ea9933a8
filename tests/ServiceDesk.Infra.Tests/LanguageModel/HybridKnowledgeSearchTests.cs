using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.LanguageModel;
using ServiceDesk.Infra.LanguageModel.Embeddings;
using ServiceDesk.Infra.Storage.Tables;
using ServiceDesk.Infra.Storage.Tables.Sqlite;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>
/// The knowledge search with an embedding model served by the fake OpenAI server (deterministic vectors by topic),
/// through the real connector: meaning finds what keywords miss, and any failure is the keyword ranking unchanged.
/// </summary>
public sealed class HybridKnowledgeSearchTests : IAsyncLifetime
{
    // One topic per article, named by words the questions below use and the articles do not.
    private static readonly Func<string, float[]> Topics = FakeEmbeddings.Topics(
        ["monitor", "screen", "display", "black", "dark"],
        ["printer", "toner"],
        ["vpn", "tunnel", "remote"]);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-vectors-" + Guid.NewGuid().ToString("N"));
    private KnowledgeBase knowledge = Base(Monitor("Check both ends of the cable, then the docking station's power."));
    private ModelHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync();

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Search_QuestionSharingNoWordWithTheArticle_FindsItByMeaning()
    {
        const string question = "my display stays dark";
        Assert.Empty(knowledge.Search(question, "en", 3));

        await IndexedAsync();
        var hits = await Search.SearchAsync(question, "en", 3, default);

        var hit = Assert.Single(hits);
        Assert.Equal("monitor-no-signal", hit.ArticleId);
        Assert.Equal(1.0, hit.Score);
        Assert.Contains("docking station", hit.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_KeywordsPointOneWayAndMeaningAnother_MeaningReordersThem()
    {
        // "clear paper jam" are the printer article's words; "dark" means the monitor to the fake model.
        const string question = "clear paper jam dark";
        Assert.Equal("printer-jam", knowledge.Search(question, "en", 3)[0].ArticleId);

        await IndexedAsync();
        var hits = await Search.SearchAsync(question, "en", 3, default);

        Assert.Equal("monitor-no-signal", hits[0].ArticleId);
        Assert.Contains(hits, h => h.ArticleId == "printer-jam");
    }

    [Fact]
    public async Task Search_QuestionUnrelatedToEveryArticle_StillSaysNothing()
    {
        await IndexedAsync();

        Assert.Empty(await Search.SearchAsync("order pizza for the team", "en", 3, default));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task Search_QuestionVectorFails_GivesTheKeywordRankingUnchanged(int status)
    {
        const string question = "the printer has a paper jam";
        await IndexedAsync();
        harness.Model.ScriptEmbeddings(new FakeModelAnswer.Failure(status));

        var hits = await Search.SearchAsync(question, "en", 3, default);

        Assert.Equal(knowledge.Search(question, "en", 3), hits);
        Assert.Equal(2, harness.Model.EmbeddingRequests.Count);
    }

    [Fact]
    public async Task Search_QuestionVectorTooSlow_GivesTheKeywordRankingWithinItsBudget()
    {
        const string question = "my display stays dark, and the printer has a paper jam";
        await harness.DisposeAsync();
        harness = await StartAsync(budgetMs: "500");
        await IndexedAsync();
        harness.Model.ScriptEmbeddings(new FakeModelAnswer.Hang());
        var started = TimeProvider.System.GetTimestamp();

        var hits = await Search.SearchAsync(question, "en", 3, default);

        Assert.Equal(knowledge.Search(question, "en", 3), hits);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Search_NoEmbeddingModel_IsTheKeywordSearchAndCallsNothing()
    {
        await harness.DisposeAsync();
        harness = await StartAsync(embeddingModel: string.Empty);

        var hits = await Search.SearchAsync("my display stays dark", "en", 3, default);

        Assert.Empty(hits);
        Assert.Empty(harness.Model.EmbeddingRequests);
    }

    [Fact]
    public async Task Search_BeforeTheArticlesHaveVectors_RanksByKeywordsAndStartsIndexing()
    {
        var hits = await Search.SearchAsync("the printer has a paper jam", "en", 3, default);
        Assert.Equal(knowledge.Search("the printer has a paper jam", "en", 3), hits);

        await Vectors.Indexing;

        Assert.Equal("monitor-no-signal", Assert.Single(await Search.SearchAsync("my display stays dark", "en", 3, default)).ArticleId);
    }

    [Fact]
    public async Task Index_AtTheNextStart_ReadsTheStoredVectorsAndEmbedsOnlyWhatChanged()
    {
        await IndexedAsync();
        Assert.Equal(3, harness.Model.Embedded.Count());

        // A new start on the same storage, one article rewritten.
        await harness.DisposeAsync();
        knowledge = Base(Monitor("Press the monitor's input button until it shows the laptop."));
        harness = await StartAsync();
        await IndexedAsync();

        var embedded = Assert.Single(harness.Model.Embedded);
        Assert.Contains("input button", embedded, StringComparison.Ordinal);
        Assert.Equal("monitor-no-signal", Assert.Single(await Search.SearchAsync("my display stays dark", "en", 3, default)).ArticleId);
    }

    [Fact]
    public async Task Index_EmbeddingModelFails_RanksByKeywordsAndTriesAgainLater()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await harness.DisposeAsync();
        harness = await StartAsync(time: clock);
        harness.Model.ScriptEmbeddings(new FakeModelAnswer.Failure(500));

        Assert.False(await Vectors.IndexAsync(knowledge, default));
        Vectors.Start(knowledge);
        await Vectors.Indexing;
        Assert.Single(harness.Model.EmbeddingRequests);

        clock.Advance(ArticleVectors.RetryAfter);
        Assert.Empty(await Search.SearchAsync("my display stays dark", "en", 3, default));
        await Vectors.Indexing;

        Assert.Equal("monitor-no-signal", Assert.Single(await Search.SearchAsync("my display stays dark", "en", 3, default)).ArticleId);
    }

    [Fact]
    public async Task Index_SendsContactDetailsRedacted()
    {
        knowledge = Base(Monitor("Still dark? Call the desk on +33 6 12 34 56 78 or write to desk@example.com."));
        await harness.DisposeAsync();
        harness = await StartAsync();

        await IndexedAsync();

        var sent = string.Join("\n", harness.Model.Embedded);
        Assert.DoesNotContain("desk@example.com", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("56 78", sent, StringComparison.Ordinal);
        Assert.Contains(ContactRedactor.Email, sent, StringComparison.Ordinal);
    }

    private IKnowledgeSearch Search => harness.Services.GetRequiredService<IKnowledgeSearch>();

    private ArticleVectors Vectors => harness.Services.GetRequiredService<ArticleVectors>();

    private Task IndexedAsync() => Vectors.IndexAsync(knowledge, default);

    // The budget is wide enough that a busy machine's first call (its compilation included) does not fall back to the
    // keywords; the test of a hanging model starts again with a short one.
    private async Task<ModelHarness> StartAsync(TimeProvider? time = null, string embeddingModel = "fake-embedding", string budgetMs = "5000")
    {
        var current = knowledge;
        var started = await ModelHarness.StartAsync(
            time,
            new Dictionary<string, string?> { ["LanguageModel:EmbeddingModel"] = embeddingModel, ["LanguageModel:EmbeddingTimeoutMs"] = budgetMs },
            services =>
            {
                services.AddSingleton<IKnowledgeSnapshot>(current);
                services.AddSingleton<ITableService>(_ => new SqliteTableService(folder));
                services.AddHybridKnowledge();
            });
        started.Model.Embedder = Topics;
        return started;
    }

    private static KnowledgeBase Base(KnowledgeArticle monitor) => new(
        new Dictionary<string, IReadOnlyList<KnowledgeArticle>>
        {
            ["en"] =
            [
                monitor,
                Article("printer-jam", "Clear a paper jam", "Open tray 2, remove the paper, close it. Replace the toner when its light is on."),
                Article("vpn-connect", "Connect to the VPN", "Open GlobalProtect and sign in with your work account."),
            ],
        },
        new KnowledgeOptions());

    private static KnowledgeArticle Monitor(string body) => Article("monitor-no-signal", "Monitor says no signal", body);

    private static KnowledgeArticle Article(string id, string title, string body) =>
        new(id, "en", title, [], "hardware", new DateOnly(2026, 12, 6), body, "en/" + id + ".md");
}
