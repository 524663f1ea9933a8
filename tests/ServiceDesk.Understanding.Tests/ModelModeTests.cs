using ServiceDesk.Bench.Understanding;
using ServiceDesk.Bench.Understanding.Measures;
using ServiceDesk.Bench.Understanding.Seeing;
using ServiceDesk.Bench.Understanding.Sets;
using ServiceDesk.Infra.Tests.LanguageModel;

namespace ServiceDesk.Understanding.Tests;

/// <summary>
/// The evaluation's <c>--model</c> mode, against the fake OpenAI-compatible server: it only proves the plumbing (the
/// desk composed with the model, the unsure message sent with the closed lists, the reading measured as the router acts
/// on it). The fake's answers are scripted, so no figure of it says anything about a real model.
/// </summary>
public sealed class ModelModeTests
{
    // The rules place this nowhere; the fake model reads it as the printer incident it is.
    private static readonly SingleMessage Unsure =
        new("en", "ReportIncident", "printing", "printer", null, null, null, "the big grey box near the lifts chews every sheet I give it");

    [Fact]
    public async Task IntentMeasure_WithTheModel_CountsTheModelsReadingOfAnUnsureMessage()
    {
        await using var model = await FakeOpenAI.StartAsync();
        model.Script(new FakeModelAnswer.Completion("""{"intent":"ReportIncident","category":"printing","service":"printer","impact":null,"urgency":null}"""));

        var (withModel, slots) = await MeasureAsync(new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "OpenAICompatible",
            ["LanguageModel:Endpoint"] = model.Endpoint.ToString(),
            ["LanguageModel:ChatModel"] = "fake-chat",
            ["LanguageModel:TimeoutMs"] = "5000",
        });
        var (without, _) = await MeasureAsync(null);

        Assert.Equal(1, withModel.All.Hits);
        Assert.Equal(1, slots.Category.Hits);
        Assert.Equal(0, without.All.Hits);
        var request = Assert.Single(model.Requests);
        Assert.Equal("intent_reading", request["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        Assert.Contains(Unsure.Text, request.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<(Bench.Understanding.Reporting.IntentFigures Intent, Bench.Understanding.Reporting.SlotFigures Slots)> MeasureAsync(
        IReadOnlyDictionary<string, string?>? model)
    {
        var repository = RepositoryFiles.Find();
        await using var host = await DeskHost.StartAsync(repository, model, CancellationToken.None);
        var probe = new Probe(host, new ShownTexts(repository), new ArticleIndex(repository), new AccessItems(repository));
        return await IntentMeasure.RunAsync(probe, [Unsure], CancellationToken.None);
    }
}
