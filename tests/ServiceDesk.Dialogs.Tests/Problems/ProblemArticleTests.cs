using System.Text.Json.Nodes;
using ServiceDesk.Dialogs.Knowledge;
using ServiceDesk.Dialogs.Localization;
using ServiceDesk.Dialogs.Problems;
using ServiceDesk.Dialogs.Tickets;
using ServiceDesk.Dialogs.Turns;
using static ServiceDesk.Dialogs.Tests.Agents.AgentTestData;

namespace ServiceDesk.Dialogs.Tests.Problems;

public sealed class ProblemArticleTests
{
    private readonly ProblemParts parts = new();

    private async Task<Problem> KnownErrorAsync()
    {
        parts.Incident(41, "Excel freezes when saving to SharePoint", "Since this morning.", "office", 30, category: "office");
        var by = new TicketPerson(Alice.Id, Alice.AadObjectId, Alice.Name);
        var problem = await parts.Desk.OpenAsync("Excel freezes on save", "office", by, default);
        await parts.Desk.LinkAsync(problem.Id, new TicketNumber(TicketKind.Incident, 41), by, default);
        return (await parts.Desk.SetWorkaroundAsync(problem.Id, "Save a local copy first, then upload it.", by, default)).Problem!;
    }

    private Turn ClickOn(string verb, JsonObject inputs)
    {
        var data = new JsonObject { ["verb"] = verb, [ProblemVerbs.ProblemField] = "PRB-000001" };
        foreach (var (key, value) in inputs)
        {
            data[key] = value?.DeepClone();
        }

        return Raw(Alice.AsPerson(), verb, System.Text.Json.JsonSerializer.SerializeToElement(data));
    }

    [Fact]
    public async Task The_review_form_is_pre_filled_from_the_workaround_in_both_languages()
    {
        await KnownErrorAsync();

        var result = await parts.Handler().HandleAsync(ClickOn(ProblemVerbs.ArticleForm, []), default);

        var form = Cards.CardJson.Serialize(Assert.Single(result.Replies).Card!);
        Assert.Contains(Texts.English.Get(TextKeys.ProblemsArticleDefaultTitle, "Excel freezes on save"), form, StringComparison.Ordinal);
        Assert.Contains(Texts.French.Get(TextKeys.ProblemsArticleDefaultTitle, "Excel freezes on save"), form, StringComparison.Ordinal);
        Assert.Contains("Save a local copy first, then upload it.", form, StringComparison.Ordinal);
        Assert.Contains(ProblemVerbs.Publish, form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_stores_both_versions_with_the_incidents_wording_as_aliases_and_records_it_on_the_problem()
    {
        await KnownErrorAsync();
        var inputs = new JsonObject
        {
            [ProblemVerbs.TitleEnglishInput] = "Excel freezes when saving",
            [ProblemVerbs.BodyEnglishInput] = "Save a local copy first, then upload it.",
            [ProblemVerbs.TitleFrenchInput] = "Excel se fige à l'enregistrement",
            [ProblemVerbs.BodyFrenchInput] = "Enregistrez d'abord une copie locale, puis chargez-la.",
        };

        var result = await parts.Handler().HandleAsync(ClickOn(ProblemVerbs.Publish, inputs), default);

        Assert.Equal([KnowledgeLanguage.English, KnowledgeLanguage.French], parts.Articles.Saved.Select(a => a.Language));
        Assert.All(parts.Articles.Saved, a => Assert.Equal(("kb-prb-000001", "office"), (a.Id, a.Service)));
        Assert.Contains("Excel freezes when saving to SharePoint", parts.Articles.Saved[1].Aliases);
        Assert.Equal("Excel se fige à l'enregistrement", parts.Articles.Saved[1].Title);
        Assert.Equal("kb-prb-000001", (await parts.Problems.GetAsync("PRB-000001", default))!.ArticleId);
        Assert.Contains(Texts.English.Get(TextKeys.ProblemsArticlePublished, "kb-prb-000001", "PRB-000001"), AllText(result.Invoke!.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_without_a_workaround_publishes_nothing()
    {
        var by = new TicketPerson(Alice.Id, Alice.AadObjectId, Alice.Name);
        await parts.Desk.OpenAsync("Excel freezes on save", null, by, default);

        var result = await parts.Handler().HandleAsync(ClickOn(ProblemVerbs.Publish, new JsonObject { [ProblemVerbs.TitleEnglishInput] = "x" }), default);

        Assert.Equal(Texts.English.Get(TextKeys.ProblemsArticleNotKnownError, "PRB-000001"), result.Invoke!.Message);
        Assert.Empty(parts.Articles.Saved);
    }
}
