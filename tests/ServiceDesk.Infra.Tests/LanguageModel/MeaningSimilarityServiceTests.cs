using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>Similar tickets by meaning: the embedding model through the real connector, one call, texts seen lately not sent again.</summary>
public sealed class MeaningSimilarityServiceTests
{
    private static readonly Func<string, float[]> Topics = FakeEmbeddings.Topics(["monitor", "screen", "black"], ["printer", "toner"]);

    [Fact]
    public async Task CompareAsync_ClosestInMeaningScoresHighest_AndTextsSeenLatelyAreNotSentAgain()
    {
        await using var harness = await StartAsync("fake-embedding");
        var meaning = harness.Services.GetRequiredService<IMeaningSimilarity>();

        var first = await meaning.CompareAsync("Screen stays black", ["Monitor shows no signal", "Printer out of toner"], default);
        var again = await meaning.CompareAsync("Screen stays black", ["Monitor shows no signal"], default);

        Assert.True(meaning.Available);
        Assert.Equal(1.0, first![0], 3);
        Assert.Equal(0.0, first[1]);
        Assert.Equal(first[0], again![0]);
        Assert.Single(harness.Model.EmbeddingRequests);
        Assert.Equal(3, harness.Model.Embedded.Count());
    }

    [Fact]
    public async Task CompareAsync_ModelFailsOrNoneConfigured_IsNull()
    {
        await using var failing = await StartAsync("fake-embedding");
        failing.Model.ScriptEmbeddings(new FakeModelAnswer.Failure(500));
        await using var none = await StartAsync(string.Empty);

        Assert.Null(await failing.Services.GetRequiredService<IMeaningSimilarity>().CompareAsync("a", ["b"], default));
        Assert.False(none.Services.GetRequiredService<IMeaningSimilarity>().Available);
        Assert.Null(await none.Services.GetRequiredService<IMeaningSimilarity>().CompareAsync("a", ["b"], default));
        Assert.Empty(none.Model.EmbeddingRequests);
    }

    private static async Task<ModelHarness> StartAsync(string model)
    {
        var harness = await ModelHarness.StartAsync(settings: new Dictionary<string, string?> { ["LanguageModel:EmbeddingModel"] = model });
        harness.Model.Embedder = Topics;
        return harness;
    }
}
