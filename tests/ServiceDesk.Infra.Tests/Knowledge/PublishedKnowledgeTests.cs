using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Infra.Knowledge;
using ServiceDesk.Infra.Storage.Records;
using ServiceDesk.Infra.Tests.Records;

namespace ServiceDesk.Infra.Tests.Knowledge;

/// <summary>A known error's workaround published from the bot is searched with the article files.</summary>
public sealed class PublishedKnowledgeTests : IDisposable
{
    private readonly SqliteBackend backend = new();
    private readonly RecordsHarness records;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public PublishedKnowledgeTests() => records = new RecordsHarness(backend.Service);

    private PublishedKnowledge Knowledge() =>
        new(RealKnowledgeBase.Shared, records.ProblemTable, Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions()), clock, NullLogger<PublishedKnowledge>.Instance);

    private static IReadOnlyList<KnowledgeArticle> Workaround() =>
    [
        new("kb-prb-000001", "en", "Workaround: the invoicing app freezes on Citrix", [], "workstation", new DateOnly(2026, 11, 22),
            "Until the fix, open the invoicing application from the desktop shortcut rather than from Citrix.", "problems/PRB-000001")
        {
            Aliases = ["invoicing app freezes on citrix", "citrix freezes when I open invoicing"],
        },
        new("kb-prb-000001", "fr", "Contournement : l'application de facturation se fige sous Citrix", [], "workstation", new DateOnly(2026, 11, 22),
            "En attendant le correctif, ouvrez l'application de facturation depuis le raccourci du bureau plutôt que depuis Citrix.", "problems/PRB-000001")
        {
            Aliases = ["la facturation se fige sous citrix"],
        },
    ];

    [Fact]
    public async Task A_published_workaround_answers_the_next_question_about_it_in_both_languages()
    {
        var knowledge = Knowledge();
        const string Question = "the invoicing application freezes in citrix, what can I do?";
        Assert.DoesNotContain(await knowledge.SearchAsync(Question, "en", 3, default), h => h.ArticleId == "kb-prb-000001");

        await knowledge.SaveAsync(Workaround(), default);

        Assert.Equal("kb-prb-000001", (await knowledge.SearchAsync(Question, "en", 3, default))[0].ArticleId);
        var french = await knowledge.SearchAsync("la facturation se fige sous citrix", "fr", 3, default);
        Assert.Equal(("kb-prb-000001", "fr"), (french[0].ArticleId, french[0].Language));
        Assert.Equal("Contournement : l'application de facturation se fige sous Citrix", (await knowledge.GetArticleAsync("kb-prb-000001", "fr", default))!.Title);
        // The files still answer as before.
        Assert.NotEmpty(await knowledge.SearchAsync("my disk is full", "en", 3, default));
    }

    [Fact]
    public async Task An_article_published_by_another_instance_is_found_once_the_stored_ones_are_read_again()
    {
        var mine = Knowledge();
        const string Question = "citrix freezes when I open invoicing";
        Assert.DoesNotContain(await mine.SearchAsync(Question, "en", 3, default), h => h.ArticleId == "kb-prb-000001");

        await Knowledge().SaveAsync(Workaround(), default);
        Assert.DoesNotContain(await mine.SearchAsync(Question, "en", 3, default), h => h.ArticleId == "kb-prb-000001");
        clock.Advance(PublishedKnowledge.RefreshAfter);

        Assert.Equal("kb-prb-000001", (await mine.SearchAsync(Question, "en", 3, default))[0].ArticleId);
    }

    [Fact]
    public void The_bot_searches_and_publishes_through_one_published_knowledge_base()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:Folder"] = RealKnowledgeBase.Folder })
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration)
            .AddSingleton<ServiceDesk.Infra.Storage.Tables.ITableService>(backend.Service)
            .AddLogging();
        services.AddServiceDeskRecords();
        services.AddKnowledgeBase();
        services.AddPublishedKnowledge();
        using var provider = services.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceProviderOptions { ValidateOnBuild = true });

        var search = provider.GetRequiredService<IKnowledgeSearch>();

        Assert.IsType<PublishedKnowledge>(search);
        Assert.Same(search, provider.GetRequiredService<IKnowledgeArticleStore>());
    }

    public void Dispose()
    {
        records.Dispose();
        backend.Dispose();
    }
}
