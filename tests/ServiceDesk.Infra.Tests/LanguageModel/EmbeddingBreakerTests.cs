using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Dialogs.Assist;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>
/// The embedding model and the chat model each have their own breaker: a failing one is left alone for a while while
/// the other keeps answering.
/// </summary>
public sealed class EmbeddingBreakerTests
{
    private static readonly Func<string, float[]> Topics = FakeEmbeddings.Topics(["monitor", "screen", "black"], ["printer", "toner"]);

    [Fact]
    public async Task Embeddings_failing_open_their_own_breaker_and_grounded_answers_still_call_the_chat_model()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await StartAsync(time);
        harness.Model.ScriptEmbeddings(new FakeModelAnswer.Failure(500), new FakeModelAnswer.Failure(500));
        Assert.Null(await Compare(harness, "Screen stays black"));
        Assert.Null(await Compare(harness, "Printer out of toner"));

        // The embedding breaker is open: no embedding request leaves, whatever the text.
        Assert.Null(await Compare(harness, "Monitor shows no signal"));
        Assert.Equal(2, harness.Model.EmbeddingRequests.Count);
        Assert.Equal(1, harness.Sum("servicedesk.llm.calls", "outcome=breaker"));

        // The chat model is not touched by it.
        harness.Model.Script(FakeModelAnswer.Grounded("Reset it from the portal.", true, "password-reset"));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Single(harness.Model.Requests);

        // After the break, one trial embedding call closes it again.
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await Compare(harness, "Monitor shows no signal"));
        Assert.Equal(3, harness.Model.EmbeddingRequests.Count);
    }

    [Fact]
    public async Task The_chat_model_failing_opens_its_breaker_and_embeddings_still_answer()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await StartAsync(time);
        harness.Model.Script(new FakeModelAnswer.Failure(500), new FakeModelAnswer.Failure(500));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));

        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(2, harness.Model.Requests.Count);

        var scores = await Compare(harness, "Screen stays black");
        Assert.NotNull(scores);
        Assert.Equal(1.0, scores[0], 3);
        Assert.Single(harness.Model.EmbeddingRequests);
    }

    private static Task<IReadOnlyList<double>?> Compare(ModelHarness harness, string text) =>
        harness.Services.GetRequiredService<IMeaningSimilarity>().CompareAsync(text, ["Monitor is black"], default);

    private static async Task<ModelHarness> StartAsync(TimeProvider time)
    {
        var harness = await ModelHarness.StartAsync(time, new Dictionary<string, string?>
        {
            ["LanguageModel:EmbeddingModel"] = "fake-embedding",
            ["LanguageModel:BreakAfterFailures"] = "2",
            ["LanguageModel:BreakSeconds"] = "30",
        });
        harness.Model.Embedder = Topics;
        return harness;
    }
}
