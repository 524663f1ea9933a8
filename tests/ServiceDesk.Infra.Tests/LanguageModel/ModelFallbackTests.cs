using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace ServiceDesk.Infra.Tests.LanguageModel;

/// <summary>Whatever goes wrong with the model, the answer is null (the answer without a model), within the time budget.</summary>
public sealed class ModelFallbackTests
{
    public static TheoryData<string> Failures => ["not json", "truncated", "wrong shape", "refusal", "500", "429", "503", "not a completion", "html page"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FailedCall_FallsBackToNoModel_WithinTheBudget(string failure)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Model.Script(failure switch
        {
            "not json" => new FakeModelAnswer.Completion("Sure! Here is how to reset your password: ..."),
            "truncated" => new FakeModelAnswer.Completion("""{"answer":"Open the page","citedArticleIds":["password-re"""),
            "wrong shape" => new FakeModelAnswer.Completion("""[1, 2, 3]"""),
            "refusal" => new FakeModelAnswer.Refusal(),
            "500" => new FakeModelAnswer.Failure(500),
            "429" => new FakeModelAnswer.Failure(429, "30"),
            "not a completion" => new FakeModelAnswer.RawBody("""{"hello":"world"}"""),
            "html page" => new FakeModelAnswer.RawBody("<html><body>Gateway says hi</body></html>"),
            _ => new FakeModelAnswer.Failure(503),
        });
        var watch = Stopwatch.StartNew();

        var answer = await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.Null(answer);
        Assert.Single(harness.Model.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Unreachable_AndNoManagedIdentity_FallBack()
    {
        // Azure OpenAI with no key asks the managed identity for a token; there is none here, and nothing listens.
        await using var harness = await ModelHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["LanguageModel:Provider"] = "AzureOpenAI",
            ["LanguageModel:Endpoint"] = "https://127.0.0.1:1/openai/v1/",
            ["LanguageModel:ApiKey"] = null,
            ["LanguageModel:TimeoutMs"] = "3000",
        });
        var watch = Stopwatch.StartNew();

        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"took {watch.Elapsed}");
        Assert.Empty(harness.Model.Requests);
    }

    [Fact]
    public async Task SlowModel_IsLeftAtTheTimeout()
    {
        await using var harness = await ModelHarness.StartAsync(settings: new Dictionary<string, string?> { ["LanguageModel:TimeoutMs"] = "400" });
        harness.Model.Script(new FakeModelAnswer.Hang());
        var watch = Stopwatch.StartNew();

        var answer = await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        Assert.Null(answer);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(3));
        Assert.Equal(1, harness.Sum("servicedesk.llm.calls", "outcome=timeout"));
    }

    [Fact]
    public async Task Breaker_OpensAfterFailuresInARow_ThenLetsOneTrialThroughAndCloses()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await ModelHarness.StartAsync(time, new Dictionary<string, string?>
        {
            ["LanguageModel:BreakAfterFailures"] = "2",
            ["LanguageModel:BreakSeconds"] = "30",
        });
        harness.Model.Script(new FakeModelAnswer.Failure(500), new FakeModelAnswer.Failure(500));
        await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);
        await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None);

        // Open: no call reaches the endpoint.
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(2, harness.Model.Requests.Count);
        Assert.Equal(2, harness.Sum("servicedesk.llm.calls", "outcome=breaker"));

        // The break is over: one trial call, which fails and opens the circuit again at once.
        time.Advance(TimeSpan.FromSeconds(2));
        harness.Model.Script(new FakeModelAnswer.Failure(500));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(3, harness.Model.Requests.Count);

        // The next trial succeeds: closed, every call goes through again.
        time.Advance(TimeSpan.FromSeconds(31));
        harness.Model.Script(FakeModelAnswer.Grounded("a", true, "password-reset"), FakeModelAnswer.Grounded("b", true, "password-reset"));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(5, harness.Model.Requests.Count);
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_NoCallUntilThatTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await ModelHarness.StartAsync(time, new Dictionary<string, string?> { ["LanguageModel:BreakSeconds"] = "5" });
        harness.Model.Script(new FakeModelAnswer.Failure(429, "120"), FakeModelAnswer.Grounded("a", true, "password-reset"));

        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(119));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Single(harness.Model.Requests);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(2, harness.Model.Requests.Count);
    }

    [Fact]
    public async Task DailyBudgetSpent_NoMoreCallsThatDay_LoggedOnce_AndTheNextDayCallsAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await ModelHarness.StartAsync(time, new Dictionary<string, string?> { ["LanguageModel:MaxTokensPerDay"] = "1000" });
        harness.Model.Script(
            new FakeModelAnswer.Completion("""{"answer":"a","citedArticleIds":["password-reset"],"answered":true}""", 700, 200),
            new FakeModelAnswer.Completion("""{"answer":"b","citedArticleIds":["password-reset"],"answered":true}""", 300, 50));

        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Null(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(2, harness.Model.Requests.Count);
        Assert.Single(harness.Logs.Entries, e => e.Message.Contains("daily budget", StringComparison.Ordinal));

        time.Advance(TimeSpan.FromHours(15));
        harness.Model.Script(FakeModelAnswer.Grounded("c", true, "password-reset"));
        Assert.NotNull(await harness.Answers.AnswerAsync(Passages.Question(), CancellationToken.None));
        Assert.Equal(3, harness.Model.Requests.Count);
    }
}
